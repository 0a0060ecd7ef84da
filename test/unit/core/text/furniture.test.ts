// Page-furniture rules line by line: lines from other sites that must be set aside, and article
// sentences that only look like furniture. (Whole-document segmentation is in segment.test.ts.)
import { describe, it, expect } from 'vitest';
import { furnitureReason } from '../../../../src/core/text/furniture';
import { segment } from '../../../../src/core/text/segment';
import { checkSpans } from './segmentSpans';

describe('furniture from other sites', () => {
  const lines = [
    '12 Comments',
    'Shares 45',
    '1.2K',
    '0 shares',
    'Comments (3)',
    '3 of 12',
    'Leave a comment',
    'Post a comment',
    'Add comment',
    'Comments',
    'Read more',
    'Show more »',
    'Load more',
    'Print',
    'Share',
    'Copy link',
    'Advertisement',
    'ADVERTISEMENT',
    'Skip to content',
    'Story continues below advertisement',
    'Facebook Twitter LinkedIn Email',
    'WhatsApp | Telegram | Email',
    'Subscribe to our daily newsletter',
    'Sign up for our newsletter',
    'Sign up for The Morning Brief, delivered to your inbox',
    'Download the Daily Herald app for breaking news alerts.',
    'Get the latest news delivered to your inbox.',
    'Follow us on Instagram and Facebook',
    'Catch all the Sports News and Cricket Updates on our site.',
    'Already a subscriber? Log in',
    'Click here to read the full report',
    'HomeNewsWorldAsia',
    'Home › World › Asia Pacific',
    'Markets | Economy | Politics',
    'elections, parliament, budget 2025, opposition',
    'Tags: climate, energy',
    '#Budget2025 #Parliament #Economy',
    'Watch:',
    'Related:',
    'See also:',
    'Editor’s picks:',
    'More video:',
    'WATCH:',
    'Photo:',
    'Photo: 3 of 12',
    'Image credit: Getty Images',
    'Photo by Jane Doe/AFP via Getty Images',
    '(AP Photo/Eugene Roe)',
    'READ MORE: Floods hit the north as rivers burst their banks',
    'By Jane Doe',
    'By JANE DOE',
    'By Jane Doe, Senior Editor, News',
    'By Jane Doe and John Roe | Reuters',
    'By Maria de la Cruz and Ahmed al-Masri',
    'Author: Jane Doe',
    'Updated 14:32 GMT',
    'Published 3 hours ago',
    'Last updated: March 30, 2025 10:32 a.m. ET',
    'Sunday, 30 March 2025',
    '2025-03-30T10:32:00Z',
    '5 min read',
    'Reading time: 4 minutes',
    'TOKYO (Reuters) -',
    'WASHINGTON, March 30 (AP) —',
    'The Associated Press contributed to this report.',
    'With assistance from Jane Doe and John Roe.',
    'Reporting by Jane Doe; Editing by John Roe',
    '(Additional reporting by Jane Doe in Manila; Writing by John Roe)',
    '© 2025 Example Media Group. All rights reserved.',
    'This story has been corrected to show the minister spoke on Sunday, not Saturday.',
    'This article was auto-generated from a wire feed.',
    '(Except for the headline, this story has not been edited by staff and is published from a syndicated feed.)',
    'Editor’s note: This story has been updated.',
    'Edited by Jane Doe',
    'Posted by Jane Doe on March 30, 2025',
    'Jane Doe | Reuters',
    'Jane Doe, Senior Correspondent',
    'AFP via Getty Images',
    'Want more stories like this? Subscribe to our newsletter.',
    'Enjoy unlimited access for just $1 a week.',
    'Join our WhatsApp channel for the latest updates',
    'Stay updated with the latest news — download our app',
    'First published on Sat 29 Mar 2025 20.04 EDT',
    'Updated on: Mar 30, 2025 | 08:15 PM IST',
    'Most Read',
    'Listen to this article',
    'Compiled by Staff Writers',
    'Floods Hit Northern Towns as Rivers RiseShareTweet',
  ];
  it.each(lines)('%s', (line) => {
    expect(furnitureReason(line)).toBeTruthy();
    const text = `Officials met on Sunday.\n${line}\nThe talks went on.`;
    const seg = segment(text);
    checkSpans(text, seg);
    expect(seg.paragraphs[1]!.furniture).toBe(true);
    expect(seg.paragraphs[0]!.furniture).toBe(false);
    expect(seg.paragraphs[2]!.furniture).toBe(false);
  });

  it('marks a credit glued to the last body sentence, not the body sentence', () => {
    const text = 'The talks ended on Sunday. Reuters contributed to this report.';
    expect(segment(text).sentences.map((s) => s.furniture)).toEqual([false, true]);
  });
});

describe('article text that looks like furniture', () => {
  const lines = [
    'By the end of the year, the army will have 50,000 troops in the region.',
    'By Tuesday, officials said, 3,000 people had left.',
    'By comparison, Japan spends about 1% of GDP.',
    'Comments by the minister drew sharp criticism from the opposition.',
    'Hegseth said in a statementThe ministry, which runs YouTube ads, put the cost at $1.4 billion over five years, up from about 1% of the budget in 2022.',
    '“Leave a reply on the table,” the negotiator said.',
    '"Share the burden," Trump said, demanding Japan pay more than $1.4 billion.',
    'Updated figures show 53,000 troops are stationed in Japan.',
    'Published in 1960, the treaty obliges the US to defend Japan.',
    'Subscribers to the service rose 12% to 4.5 million.',
    'Download speeds fell 30% during the outage.',
    'Photographs of the site showed 12 destroyed buildings.',
    'Follow-up talks are planned for March.',
    'Print editions fell by 40% over five years.',
    'Share prices rose 3.5% on Monday.',
    'Japan, the US, and the Philippines signed the pact.',
    'Japan, the US and the Philippines signed the pact in 2024.',
    'YouTube and WhatsApp were fined 50 million euros.',
    'PricewaterhouseCoopers and McDonald’s reported record profits of $2.3 billion.',
    'The minister said:',
    'Here is what we know:',
    'For example:',
    'Japan announced 3 measures:',
    'The agreement includes:',
    'This report was published by the UN in 2024 and counted 3,000 deaths.',
    'This story has everything, the director said of the 80-year-old film.',
    'Read the full text of the 12-page agreement in the appendix.',
    'Watch parties drew 5,000 fans in Tokyo.',
    'Reporters without Borders said 54 journalists were killed.',
    'Japan pays 211 billion yen each year.',
    'More than 50.000 US troops are stationed in Japan.',
    'Over 50,000 U.S. troops are currently based there.',
    'Tokyo, Osaka and Kyoto',
    'Sign language interpreters were at the 80th anniversary ceremony.',
    'Copyright lawsuits rose 20% in 2024.',
    'Related talks in Manila covered 3 islands.',
    'Research by Oxford economists shows 40% of firms will cut jobs.',
    'Reporting by the New York Times revealed that 3,000 files were leaked.',
    'With assistance from the UN, 12,000 refugees were resettled.',
    'More-than-expected rainfall of 300 mm hit the coast.',
    'Sign up rates rose 5% today.',
    'Troops: 53,000, ships: 12, aircraft: 200',
    'Costs, $1.4 billion, 2027',
    'Follow-on orders, worth 211 billion yen, are expected.',
    'Watch-list entries rose to 1,200 last year.',
  ];
  it.each(lines)('%s', (line) => {
    expect(furnitureReason(line)).toBeUndefined();
    const text = `Officials met on Sunday.\n${line}\nThe talks went on.`;
    const seg = segment(text);
    expect(seg.paragraphs.every((p) => !p.furniture)).toBe(true);
    expect(seg.sentences.every((s) => !s.furniture)).toBe(true);
  });
});

import { expect } from '@open-wc/testing';
import type { GovAccountDirectory } from '../../../src/widgets/account-directory/account-directory.js';
import { GROUP_PAGE, GROUP_PREVIEW, GROUP_STEP } from '../../../src/widgets/account-directory/model.js';
import { $, $$, bigDirectory, directory, shadow, shownIds, textOf } from './helpers.js';

/** Elements in the shadow root, SVG children included. */
const elementCount = (el: GovAccountDirectory) => shadow(el).querySelectorAll('*').length;

/** The bound the directory keeps for any number of accounts (measured: 1,262 elements for 1,000 accounts in 100 organizations, 101 of them the options of the organization select). */
const BOUND = 1500;

describe('gov-account-directory: 1,000 accounts', () => {
  it('draws a bounded DOM: the first groups, each collapsed, whatever the number of accounts', async () => {
    const el = await directory('', bigDirectory(1000));
    expect(shownIds(el)).to.have.length(GROUP_PAGE * GROUP_PREVIEW);
    expect($$(el, '[part~="group"]')).to.have.length(GROUP_PAGE);
    const count = elementCount(el);
    expect(count).to.be.below(BOUND);
    // Four times the accounts over the same organizations: not one element more.
    const bigger = await directory('', bigDirectory(4000));
    expect(elementCount(bigger)).to.equal(count);
    expect(textOf($(el, '[part~="count"]'))).to.equal('共 1,000 个账号');
  });

  it('shows more accounts of a group, and more groups, a bounded step at a time, focus on what appeared', async () => {
    const el = await directory('', bigDirectory(1000, 20));
    // 20 organizations of 50 accounts.
    const first = $$(el, '[part~="group"]')[0]!;
    const more = first.querySelector<HTMLButtonElement>('[part~="more-button"]')!;
    expect(textOf(more)).to.equal(`显示更多（还有 ${50 - GROUP_PREVIEW} 个）`);
    expect(more.getAttribute('aria-describedby')).to.equal(first.querySelector('h3')!.id);
    more.click();
    await el.updateComplete;
    expect(first.querySelectorAll('li[part~="item"]')).to.have.length(GROUP_PREVIEW + GROUP_STEP);
    expect(shadow(el).activeElement).to.equal(first.querySelectorAll('li[part~="item"]')[GROUP_PREVIEW]!);
    expect(textOf(first.querySelector('[part~="more-button"]'))).to.equal(`显示更多（还有 ${50 - GROUP_PREVIEW - GROUP_STEP} 个）`);
    expect(elementCount(el)).to.be.below(BOUND + 800);

    const moreGroups = $<HTMLButtonElement>(el, '.more-groups')!;
    expect(textOf(moreGroups)).to.equal(`显示更多单位（还有 ${20 - GROUP_PAGE} 个）`);
    moreGroups.click();
    await el.updateComplete;
    expect($$(el, '[part~="group"]')).to.have.length(20);
    expect(shadow(el).activeElement).to.equal($(el, `#group-${GROUP_PAGE}`));
    expect($(el, '.more-groups')).to.equal(null);
  });

  it('stays bounded grouped by platform, and filters the whole set', async () => {
    const el = await directory('group-by="platform"', bigDirectory(1000));
    expect($$(el, '[part~="group"]')).to.have.length(8);
    expect(shownIds(el)).to.have.length(8 * GROUP_PREVIEW);
    expect(elementCount(el)).to.be.below(BOUND);
    const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
    search.value = '账号99';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(textOf($(el, '[part~="count"]'))).to.equal('找到 11 个账号（共 1,000 个）');
  });

  it('is axe-clean with many accounts', async () => {
    const el = await directory('audit', bigDirectory(1000));
    expect(elementCount(el)).to.be.below(BOUND + 300);
    await expect(el).to.be.accessible();
  });
});

// The councils of care.responsibleAuthority and care.hostAuthority: schemas/local-authorities.json
// (with its source) is the one list; the interview schema's enum and labels must be written from
// it (`node scripts/local-authorities.mjs`), sorted by name, so the form's select reads A to Z.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { authorityChoices, authorityFields, type LocalAuthority } from '../../scripts/local-authorities.mjs';

const root = new URL('../..', import.meta.url).pathname;
const data = JSON.parse(readFileSync(join(root, 'schemas/local-authorities.json'), 'utf8'));
const schema = JSON.parse(readFileSync(join(root, 'schemas/interview.schema.json'), 'utf8'));

const authorities: LocalAuthority[] = data.authorities;
const byCode = new Map(authorities.map((authority) => [authority.code, authority]));

describe('local authority codes', () => {
  it('says where the list comes from', () => {
    assert.match(data.source.england, /three-digit/);
    assert.match(data.source.england, /SSDA903/);
    assert.match(data.source.wales, /660 to 681/);
  });

  it('holds every English council with children’s services and the 22 Welsh councils, each code once', () => {
    assert.equal(authorities.filter(({ nation }) => nation === 'england').length, 153);
    assert.equal(authorities.filter(({ nation }) => nation === 'wales').length, 22);
    assert.equal(byCode.size, authorities.length);
    for (const { code } of authorities) assert.match(code, /^\d{3}$/);
  });

  it('has the codes the DfE gives, and the Welsh names of Welsh councils', () => {
    assert.equal(byCode.get('202')?.name.en, 'Camden');
    assert.equal(byCode.get('873')?.name.en, 'Cambridgeshire');
    assert.equal(byCode.get('301')?.name.en, 'Barking and Dagenham');
    assert.equal(byCode.get('942')?.name.en, 'Cumberland');
    assert.deepEqual(byCode.get('681')?.name, { en: 'Cardiff', cy: 'Caerdydd' });
    assert.deepEqual(byCode.get('660')?.name, { en: 'Isle of Anglesey', cy: 'Ynys Môn' });
    // Withdrawn when councils merged: a record cannot name them.
    for (const withdrawn of ['835', '836', '837', '909', '928']) assert.ok(!byCode.has(withdrawn), withdrawn);
  });

  for (const field of authorityFields) {
    it(`writes care.${field} from the list, sorted by English name, labelled "Name (code)" in en and cy`, () => {
      const property = schema.properties.care.properties[field];
      const expected = authorityChoices(authorities);
      assert.deepEqual(property.enum, expected.enum, 'run `node scripts/local-authorities.mjs` after changing schemas/local-authorities.json');
      assert.deepEqual(property['x-rhi-enum-labels'], expected.labels);
      const names = property.enum.map((code: string) => byCode.get(code)!.name.en);
      assert.deepEqual(names, [...names].sort((a: string, b: string) => a.localeCompare(b, 'en')));
      assert.equal(property['x-rhi-enum-labels'].en['202'], 'Camden (202)');
      assert.equal(property['x-rhi-enum-labels'].cy['681'], 'Caerdydd (681)');
      assert.equal(property['x-rhi-enum-labels'].cy['202'], 'Camden (202)');
    });
  }
});

/**
 * Session 5: detail classes the victim detector lacked on unseen text. Ages written after "is" ("de man is 63"),
 * approximate ages ("een man in de zeventig", "a woman in her 80s", "70-something"), a flat's floor ("op 2-hoog"),
 * an origin after "komt uit", a role singled out by a relative clause ("de leraar die is opgepakt"), a person in a
 * room or cell ("die mevrouw van kamer 12"), a local ("een jongen van hier"), a hinted identity ("iedereen weet wie
 * het is"), a guess in the sentence after the incident. The harmless uses stay clean.
 */
import { describe, expect, it } from 'vitest';
import { approximateAges } from '../../../lib/engine/pii/recognisers';
import { tokenize } from '../../../lib/engine/text/tokenizer';
import { piiTexts, raisedCategories } from './helpers';

function raised(text: string, organisation = 'politie'): string[] {
  return raisedCategories(text, { organisation, topics: [], role: 'medewerker' });
}

const approx = (text: string) => approximateAges(text, tokenize(text).tokens).map((h) => text.slice(h.start, h.end));

describe('recognisers (session 5)', () => {
  it.each([
    ['De man is 63 en woont hier al jaren.', '63'],
    ['Het kind is 9 en zat achterop.', '9'],
    ['The victim was 17.', '17'],
    ['Het slachtoffer is pas 15, vreselijk.', '15'],
  ])('age after "is": %s', (text, expected) => {
    expect(piiTexts(text, 'age')).toContain(expected);
  });
  it.each([
    'Mijn zoon is 16 en wil al rijles.',
    'De bus was 20 minuten te laat.',
    'De man is 3 keer gebeld.',
    'Het team is 12 man sterk.',
    'Hij werkt hier al 30 jaar.',
    'De vergadering is 14 januari.',
  ])('no age after "is": %s', (text) => {
    expect(piiTexts(text, 'age')).toHaveLength(0);
  });
  it.each([
    ['Bij de overval raakte de eigenaar, een man in de zeventig, gewond.', 'in de zeventig'],
    ['Slachtoffer is een vrouw van in de vijftig.', 'van in de vijftig'],
    ['De bezorger, een student van een jaar of twintig, werd beroofd.', 'van een jaar of twintig'],
    ['A woman in her 80s was robbed.', 'in her 80s'],
    ['A pensioner in his late seventies was hit.', 'in his late seventies'],
    ['The victim is 70-something and still in hospital.', '70-something'],
  ])('approximate age: %s', (text, expected) => {
    expect(approx(text)).toContain(expected);
  });
  it.each([
    'Ouderen in de zeventig zijn vaker slachtoffer van babbeltrucs.',
    'Veel mensen in de tachtig wonen nog zelfstandig.',
    'We werken al een jaar of tien samen.',
    'Dat was in de jaren zeventig.',
    'Twenty-somethings are moving out of the city.',
    'We waren met in de twintig mensen.',
  ])('no approximate age: %s', (text) => {
    expect(approx(text)).toHaveLength(0);
  });
  it.each([
    ['Dat gezin op 2-hoog had geen gas meer.', '2-hoog'],
    ['De bewoner van drie hoog is verhuisd.', 'van drie hoog'],
  ])('floor as residence: %s', (text, expected) => {
    expect(piiTexts(text, 'residence')).toContain(expected);
  });
  it('origin after "komt uit" wherever the person was named', () => {
    expect(piiTexts('Die vrouw die gisteren in de Maas is gevonden, komt uit Maasbracht.', 'origin')).toContain(
      'uit Maasbracht',
    );
    expect(piiTexts('Het idee voor het plan ontstond uit Brussel.', 'origin')).toHaveLength(0);
  });
});

describe('victim privacy (session 5)', () => {
  it.each([
    'Aanrijding op de rotonde vanmiddag. De man is 63 en woont hier al zijn hele leven.',
    'Bij de overval op de tankstation raakte de eigenaar, een man in de zeventig, gewond.',
    'Hit and run last night near the station: the victim is 70-something and still in hospital.',
    'Burglary last night: a woman in her 80s was robbed in her own home, she is shaken.',
    'Dat gezin op 2-hoog had al maanden geen gas meer, en nu de brand.',
    'Heftig nieuws op school: de leraar die vorige week is opgepakt, zit nog vast.',
    'The teacher who was arrested last week at our school is still in custody.',
    'Dodelijk ongeval vannacht in het dorp. Het ging om een jongen van hier.',
    'De chauffeur die vannacht tegen de boom reed, werkt bij de transportfirma. Iedereen weet wie het is.',
    'Die mevrouw van kamer 12 belt elke vijf minuten om pudding.',
    'Fietser zwaargewond na aanrijding op de rotonde. Zal wel weer te hard gereden hebben.',
    'Die vrouw die gisteren in de Maas is gevonden, komt uit Maasbracht en was pas verhuisd.',
    'Die kerel met kenteken 12-ABC-3 die elke dag op de stoep parkeert: eindelijk een bon.',
    'A colleague in my team has a brain tumour. She does not want anyone to know.',
    'Booked in an inmate today who turns out to be the brother of a famous singer. Not saying much. Won’t say who 👀',
    'Vandaag beslag gelegd bij een gezin in Hoogezand met drie kleine kinderen, vader net ontslagen.',
    'Bij ons in de PI zit sinds gisteren een bekende voetballer, hij ligt op de isoleer.',
  ])('flags "%s"', (text) => {
    expect(raised(text)).toContain('victim-privacy');
  });
  it.each([
    'Mijn zoon van 16 heeft vandaag zijn rijexamen gehaald!',
    'Mijn zoon is 16 en kreeg op school een bal tegen zijn hoofd. Beterschap jongen.',
    'Ouderen in de zeventig zijn vaker slachtoffer van babbeltrucs. Let op elkaar!',
    'Wat me bijbleef: een bewoner van in de zeventig die zei dat het bij zijn voordeur begint.',
    'De docent die gisteren de workshop gaf was echt geweldig.',
    'In memoriam: onze collega Ruud, die vorige maand overleed. We missen hem.',
    'Morgen oefenen we een brand in de flat op 3-hoog, schrik niet van de rook.',
    'Slachtoffers van woninginbraak kunnen terecht bij Slachtofferhulp. Zal wel druk worden.',
    'I bet it will rain tomorrow, drive safe everyone.',
    'Ik noem geen namen, maar wie heeft mijn koffiemok gepakt?',
    'Another parent who was sure via Dr Google that her kid had a tumour. People, honestly.',
    'Wat een scheids vanavond. Die vent moet geschorst worden, blind als een mol.',
    'Ik zeg niet wie de taart heeft meegenomen, maar hij was heerlijk.',
    'Een collega in Den Haag gaf vandaag een mooie presentatie over de Omgevingswet.',
    'Een bekende rapper gaf vandaag een concert voor gedetineerden in de gevangenis. Mooi initiatief!',
    'De bekende acteur las voor op de open dag van het azc, de kinderen genoten.',
  ])('leaves "%s" alone', (text) => {
    expect(raised(text, 'gemeente')).not.toContain('victim-privacy');
  });
});

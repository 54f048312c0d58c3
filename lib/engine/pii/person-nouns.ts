/** Nouns that refer to one person (folded), used to read "jongen van 16" as an age and "vrouw uit Almere" as an origin. */
export const PERSON_NOUNS = new Set(
  `jongen jongetje joch meisje meid meiske man mannetje vrouw vrouwtje mevrouw meneer heer dame oma opa omaatje kind kindje baby peuter kleuter tiener puber
  jongere knul gozer kerel vent moeder vader zoon dochter broer zus zoontje dochtertje neef nicht buurman buurvrouw buurjongen buurmeisje collega patient patiente
  client klant bewoner slachtoffer verdachte gedetineerde dader student studente leerling scholier asielzoeker vluchteling statushouder aanvrager bestuurder
  fietser automobilist voetganger passagier inwoner militair korporaal soldaat sergeant gezin echtpaar tandarts weduwe weduwnaar ex ouder gedupeerde
  boy girl man woman lady gentleman grandma grandpa granny grandmother grandfather child kid baby toddler teenager teen guy mother father son daughter
  brother sister neighbour neighbor colleague patient client resident victim suspect inmate prisoner detainee offender pupil refugee applicant driver
  cyclist passenger soldier jochie joch leraar lerares docent juf meester seizoenwerker pupil teacher worker corporal widow dentist mum mom dad
  ondernemer eigenaar boer boerin chauffeur monteur schoonmaker bezorger zzper kapper winkelier verpleegkundige wethouder agent
  businessman owner farmer nurse cleaner courier shopkeeper
  tweeling drieling junk junkie zwerver dakloze visser schipper buschauffeur twins triplets fisherman`
    .split(/\s+/)
    .filter(Boolean),
);

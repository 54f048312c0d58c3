/**
 * Common first names in the Netherlands (folded). A capitalised word from this
 * list counts as a person's name; names outside it are found by context
 * (title, initials, apposition with an age).
 */
export const FIRST_NAMES = new Set(
  `aad aafke abdel abdul adam adrie ahmed aisha albert alex alexander ali amber amira amy anna anne annemarie anneke anouk anton arie arjan arjen
  arnold astrid ayoub ayse bart bas bea bianca bob bram brenda britt carla carlijn carolien caroline chantal charlotte chris cindy claudia cor corine daan daniel
  danny dave david debby demi dennis dick dirk dylan ed eefje eline ellen els elif emma erik esther eva evert evi fatima fatma femke fenna finn fleur floor
  frank frans fred freek gerard gerrit gert gijs hanneke hans harm hasan hassan hein hendrik henk henny herman hugo ilse ingrid iris ivo jaap jacco jacqueline jan
  janneke jannes jasper jeroen jesse jet jill joke joost jop jorien joris jos josje judith julia julian kees kevin kim klaas koen kim lars laura lieke linda lisa
  lisanne liam lotte lucas luuk maaike maarten manon marco marieke mariëlle marielle mark marleen marloes martijn martin mees melissa merel michel milan mila
  mirjam mo mohamed mohammed monique naima nadia niels nina noah noor noortje olaf omar patrick paul peter petra pieter piet priya quinten rachid renate rik rob
  robin roel ruben ruud sam sanne sander sara sarah sem sharon siem simone sofie sophie stefan stijn suzanne sven tamara teun thijs thomas tim tom ton twan
  vera wendy wesley willem wim yara yasmina yusuf youssef zoe zoë`
    .split(/\s+/)
    .filter(Boolean),
);

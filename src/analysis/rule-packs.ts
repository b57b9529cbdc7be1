import blame from '../../lexicons/blame.json';
import defensive from '../../lexicons/defensive.json';
import dismissive from '../../lexicons/dismissive.json';
import passiveAggressive from '../../lexicons/passive-aggressive.json';
import negative from '../../lexicons/negative.json';
import insincereApology from '../../lexicons/insincere-apology.json';
import overpromise from '../../lexicons/overpromise.json';
import shouting from '../../lexicons/shouting.json';
import checklist from '../../lexicons/checklist.json';
import type { RulePack } from './rules/rule-pack-schema';
import type { ChecklistLexicon } from './checklist/checklist-schema';

/** The built-in rule packs, one per category; `npm test` and the build validate them against the schema. */
export const builtInRulePacks = [blame, defensive, dismissive, passiveAggressive, negative, insincereApology, overpromise, shouting] as RulePack[];

export const checklistLexicon = checklist as ChecklistLexicon;

import { BeforeSend } from '../BeforeSend/BeforeSend';
import { ChecklistToggles } from '../ChecklistToggles/ChecklistToggles';
import { CustomRules } from '../CustomRules/CustomRules';
import { RequiredElements } from '../RequiredElements/RequiredElements';
import { RulePacks } from '../RulePacks/RulePacks';
import { Sites } from '../Sites/Sites';
import { TeamPolicy } from '../TeamPolicy/TeamPolicy';
import { TestBox } from '../TestBox/TestBox';
import { Vocabulary } from '../Vocabulary/Vocabulary';
import { StatsPanel } from '../../ui/StatsPanel/StatsPanel';
import type { OptionsStore } from '../options-store';

export interface Props {
  store: OptionsStore;
}

/** The options page: where the policy comes from, each setting, a test box and the statistics. */
export function OptionsApp({ store }: Props) {
  return (
    <main class="options" data-testid="options" data-ready={store.effective.value ? 'true' : 'false'}>
      <header class="page-head">
        <h1>Tactful settings</h1>
        <nav>
          <a href="#team-policy">Team policy</a> · <a href="#categories">Rule packs</a> · <a href="#custom">Team rules</a> · <a href="#required">Required</a> ·{' '}
          <a href="#before-send">Before sending</a> ·{' '}
          <a href="#sites">Sites</a> · <a href="#test">Try it</a> · <a href="#stats">Statistics</a>
        </nav>
      </header>
      <TeamPolicy store={store} />
      <TestBox store={store} />
      <RulePacks store={store} />
      <CustomRules store={store} />
      <Vocabulary store={store} />
      <RequiredElements store={store} />
      <ChecklistToggles store={store} />
      <BeforeSend store={store} />
      <Sites store={store} />
      <StatsPanel />
    </main>
  );
}

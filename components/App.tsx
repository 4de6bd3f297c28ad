import { CAUSE_IDS } from '@/utils/model';

export function App() {
  return (
    <main data-diagnosis="idle">
      <h1>TikTok Shop Doctor</h1>
      <ol>
        {CAUSE_IDS.map((id) => (
          <li key={id} data-cause={id} data-status="unknown">
            {id}
          </li>
        ))}
      </ol>
    </main>
  );
}

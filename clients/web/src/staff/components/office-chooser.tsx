import { useStaffI18n } from '../i18n/staff-i18n';

type Office = { id: string; name: string };

/**
 * Which of the offices a staff page shows, for those who work at several: a select and a button
 * (no change on selecting alone, which would move keyboard and screen reader users away).
 */
export function OfficeChooser(props: {
  /** The select's id, unique on the page. */
  id: string;
  offices: Office[];
  current: Office;
  onChoose: (officeId: string) => void;
}) {
  const { t } = useStaffI18n();
  return (
    <form
      class="plan__controls"
      onSubmit={(event) => {
        event.preventDefault();
        props.onChoose(String(new FormData(event.currentTarget).get('office')));
      }}
    >
      <div class="kern-form-input">
        <label class="kern-label" for={props.id}>
          {t('plan.office')}
        </label>
        <div class="kern-form-input__select-wrapper">
          <select id={props.id} name="office" class="kern-form-input__select">
            {props.offices.map((office) => (
              <option key={office.id} value={office.id} selected={office.id === props.current.id}>
                {office.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" class="kern-btn kern-btn--secondary">
        <span class="kern-label">{t('plan.show')}</span>
      </button>
    </form>
  );
}

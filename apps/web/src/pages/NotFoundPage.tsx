import { Link } from 'react-router';
import { PageHeading } from '../ui';

export default function NotFoundPage() {
  return (
    <>
      <PageHeading title="Sidan finns inte" />
      <p>Adressen leder inte till någon sida i Samverkan. Kontrollera adressen, eller gå vidare härifrån:</p>
      <ul>
        <li>
          <Link to="/oversikt">Översikt</Link>
        </li>
        <li>
          <Link to="/beslut">Beslut</Link>
        </li>
      </ul>
    </>
  );
}

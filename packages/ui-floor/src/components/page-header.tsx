import type { PageHeaderProps } from "@payout-styles/ui-core";

export function PageHeader({ title, description, breadcrumbs, actions }: PageHeaderProps) {
  return (
    <header>
      {breadcrumbs}
      <div>
        <div>
          <h1>{title}</h1>
          {description && <div>{description}</div>}
        </div>
        {actions && <div>{actions}</div>}
      </div>
    </header>
  );
}

import { statusToneIcon, type TimelineProps } from "@payout-styles/ui-core";
import { ToneIcon } from "./tone-icon";

export function Timeline({ label, items }: TimelineProps) {
  return (
    <ol aria-label={label}>
      {items.map((item, index) => {
        const isLast = index === items.length - 1;
        return (
          <li key={item.id}>
            {!isLast && <span aria-hidden="true" />}
            <span>
              {/* The icon repeats the tone in shape; the title says it in words. */}
              <ToneIcon name={statusToneIcon[item.tone]} />
            </span>
            <div>
              <div>
                <span>{item.title}</span>
                <time dateTime={item.dateTime}>{item.time}</time>
              </div>
              {item.description && <div>{item.description}</div>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

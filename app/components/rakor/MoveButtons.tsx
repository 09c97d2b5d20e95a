// Up / down / delete buttons for one item of an ordered list: small forms posting an intent.
import { Form } from "@remix-run/react";

interface Props {
  id: number;
  label: string;
  first: boolean;
  last: boolean;
  moveIntent: string;
  deleteIntent?: string;
  deleteConfirm?: string;
}

export function MoveButtons({ id, label, first, last, moveIntent, deleteIntent, deleteConfirm }: Props) {
  return (
    <span className="actions-row">
      <Form method="post" className="inline-form">
        <input type="hidden" name="intent" value={moveIntent} />
        <input type="hidden" name="id" value={id} />
        <button type="submit" name="direction" value="up" className="button button-secondary button-small" disabled={first} aria-label={`Naikkan ${label}`}>
          ↑ Naik
        </button>{" "}
        <button type="submit" name="direction" value="down" className="button button-secondary button-small" disabled={last} aria-label={`Turunkan ${label}`}>
          ↓ Turun
        </button>
      </Form>
      {deleteIntent ? (
        <Form
          method="post"
          className="inline-form"
          onSubmit={(e) => {
            if (deleteConfirm && !window.confirm(deleteConfirm)) e.preventDefault();
          }}
        >
          <input type="hidden" name="intent" value={deleteIntent} />
          <input type="hidden" name="id" value={id} />
          <button type="submit" className="button button-danger button-small" aria-label={`Hapus ${label}`}>
            Hapus
          </button>
        </Form>
      ) : null}
    </span>
  );
}

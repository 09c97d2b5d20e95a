import { Form, useNavigation } from "@remix-run/react";
import { ROLES } from "../../db/schema";
import type { UserFormOptions } from "~/accounts/user-form.server";
import { ErrorSummary, Field, SelectField } from "~/components/Field";
import type { FieldErrors } from "~/utils/forms";
import { ROLE_LABELS } from "~/utils/labels";

export interface UserFormProps extends UserFormOptions {
  mode: "new" | "edit";
  /** The fields as posted (or as stored); the password is never among them. */
  values: Record<string, string>;
  errors: FieldErrors;
}

export function UserForm({ mode, values, errors, agencies, regions, nationalAllowed }: UserFormProps) {
  const str = (k: string) => values[k] ?? "";
  // A new input once a submission leaves: a typed password never survives a failed save.
  const passwordKey = useNavigation().state === "idle" ? "password" : "password-sent";
  return (
    <Form method="post" className="stack" noValidate>
      <ErrorSummary errors={errors} />
      {mode === "new" ? (
        <Field label="Email" name="email" type="email" required defaultValue={str("email")} error={errors.email} autoComplete="off" />
      ) : (
        <p>
          <strong>Email:</strong> {str("email")}
        </p>
      )}
      <Field label="Nama" name="name" required defaultValue={str("name")} error={errors.name} />
      <SelectField
        label="Peran"
        name="role"
        required
        defaultValue={str("role")}
        error={errors.role}
        emptyLabel="— pilih peran —"
        options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
      />
      <SelectField
        label="Instansi (wajib untuk penghubung)"
        name="agencyId"
        defaultValue={str("agencyId")}
        error={errors.agencyId}
        emptyLabel="— tanpa instansi —"
        options={agencies}
      />
      <SelectField
        label="Cakupan Gugus Tugas"
        name="regionCode"
        defaultValue={str("regionCode")}
        error={errors.regionCode}
        emptyLabel={nationalAllowed ? "Nasional" : undefined}
        options={regions}
      />
      <Field
        key={passwordKey}
        label={mode === "new" ? "Kata sandi" : "Kata sandi baru (kosongkan bila tidak diganti)"}
        name="password"
        type="password"
        autoComplete="new-password"
        required={mode === "new"}
        error={errors.password}
        hint="Paling sedikit 12 karakter."
      />
      {mode === "edit" ? (
        <label className="checkbox">
          <input type="checkbox" name="active" defaultChecked={values.active === "on"} /> Akun aktif
          (menonaktifkan akun langsung mengakhiri sesinya)
        </label>
      ) : null}
      <div className="actions-row">
        <button type="submit" className="button">
          Simpan
        </button>
        <a href="/admin/pengguna" className="button button-secondary">
          Batal
        </a>
      </div>
    </Form>
  );
}

import { isRouteErrorResponse, useRouteError } from "@remix-run/react";

/** The Indonesian message for an error thrown by a loader or action; never a stack trace. */
export function ErrorMessage() {
  const error = useRouteError();
  let title = "Terjadi kesalahan";
  let message = "Maaf, terjadi kesalahan pada sistem. Silakan coba lagi atau hubungi administrator.";
  if (isRouteErrorResponse(error)) {
    const fromServer = (error.data as { message?: string } | undefined)?.message;
    if (error.status === 403) title = "Akses ditolak";
    else if (error.status === 404) title = "Tidak ditemukan";
    else if (error.status === 429) title = "Terlalu banyak permintaan";
    message = fromServer ?? (error.status === 404 ? "Halaman yang Anda cari tidak ada." : message);
  }
  return (
    <section className="panel error-panel" role="alert">
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href="/">Kembali ke beranda</a>
      </p>
    </section>
  );
}

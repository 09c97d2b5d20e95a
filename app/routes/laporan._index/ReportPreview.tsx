// The report as the leader reads it before downloading: the same cover, chapters, tables and
// figure as the .docx, with every figure linking to the records behind it.
import { Link } from "@remix-run/react";
import { SvgChart } from "~/components/SvgChart";
import type { Block, CellModel, ReportDocument, Text } from "~/report/model";

function Href({ href, children }: { href?: string; children: string }) {
  if (!href) return <>{children}</>;
  if (href.startsWith("#")) return <a href={href}>{children}</a>;
  return <Link to={href}>{children}</Link>;
}

function Inlines({ content }: { content: Text }) {
  if (typeof content === "string") return <>{content}</>;
  return (
    <>
      {content.map((part, i) =>
        part.bold ? (
          <strong key={i}>
            <Href href={part.href}>{part.text}</Href>
          </strong>
        ) : (
          <Href key={i} href={part.href}>
            {part.text}
          </Href>
        ),
      )}
    </>
  );
}

function Cell({ cell, header, align }: { cell: CellModel; header?: boolean; align?: string }) {
  const className = align === "center" || align === "right" ? "num" : undefined;
  const inner = (
    <>
      <Href href={cell.href}>{cell.text}</Href>
      {cell.flag ? (
        <>
          {" "}
          <span className="badge badge-overdue">{cell.flag}</span>
        </>
      ) : null}
    </>
  );
  if (header) return <th scope="row" className={className}>{inner}</th>;
  return <td className={className}>{cell.bold ? <strong>{inner}</strong> : inner}</td>;
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case "heading":
      return block.level === 1 ? (
        <h2 id={block.anchor} className="report-chapter">
          {block.number} {block.title}
        </h2>
      ) : (
        <h3 id={block.anchor}>
          {block.number} {block.title}
        </h3>
      );
    case "paragraph":
      return (
        <p className={block.note ? "muted" : undefined}>
          <Inlines content={block.content} />
        </p>
      );
    case "list": {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <Inlines content={item} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case "table":
      return (
        <div className="table-wrap report-table" id={block.anchor}>
          <table>
            <caption className="table-caption">{block.caption}</caption>
            <thead>
              <tr>
                {block.columns.map((c, i) => (
                  <th key={i} scope="col" className={c.align === "center" || c.align === "right" ? "num" : undefined}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <Cell key={i} cell={cell} align={block.columns[i]?.align} />
                  ))}
                </tr>
              ))}
            </tbody>
            {block.footer ? (
              <tfoot>
                <tr>
                  {block.footer.map((cell, i) => (
                    <Cell key={i} cell={cell} align={block.columns[i]?.align} header={i === 0} />
                  ))}
                </tr>
              </tfoot>
            ) : null}
          </table>
        </div>
      );
    case "figure":
      return (
        <div id={block.anchor}>
          <SvgChart svg={block.svg} caption={block.caption} />
        </div>
      );
  }
}

export function ReportPreview({ doc }: { doc: ReportDocument }) {
  const headings = doc.blocks.filter((b): b is Extract<Block, { kind: "heading" }> => b.kind === "heading");
  return (
    <article className="report-preview" aria-label="Pratinjau laporan">
      <header className="report-cover">
        {/* the width in CSS pixels (96 per inch) as an attribute: the CSP allows no inline style */}
        {doc.cover.logo ? <img src={`data:image/png;base64,${doc.cover.logo.png}`} alt="" width={Math.round((doc.cover.logo.widthCm / 2.54) * 96)} /> : null}
        {doc.cover.lines.map((line, i) => (
          <p key={i}>
            <strong>{line}</strong>
          </p>
        ))}
        {doc.cover.about.length ? (
          <>
            <p>
              <strong>TENTANG</strong>
            </p>
            {doc.cover.about.map((line, i) => (
              <p key={i}>
                <strong>{line}</strong>
              </p>
            ))}
          </>
        ) : null}
        <p>
          <strong>{doc.cover.period}</strong>
        </p>
        <p>{doc.cover.placeDate}</p>
      </header>
      <nav aria-labelledby="daftar-isi">
        <h2 id="daftar-isi">{doc.tocTitle}</h2>
        <ul className="report-toc">
          {headings.map((h) => (
            <li key={h.anchor} className={h.level === 2 ? "sub" : undefined}>
              <a href={`#${h.anchor}`}>
                {h.number} {h.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {doc.blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
      <div className="report-signature">
        <p>{doc.signature.placeDate}</p>
        <p>{doc.signature.position},</p>
        <p className="report-signature-name">{doc.signature.name ?? doc.signature.blank}</p>
        {doc.signature.rank ? <p>{doc.signature.rank}</p> : null}
        {doc.signature.idLine ? <p>{doc.signature.idLine}</p> : null}
        {doc.signature.note ? <p>{doc.signature.note}</p> : null}
      </div>
    </article>
  );
}

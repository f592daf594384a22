namespace Parallax.Reporting.Html;

/// <summary>The report's inline style sheet and its one optional script; nothing is loaded from outside the file.</summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root{--bg:#f7f7f5;--fg:#1d1f24;--muted:#5f6573;--card:#fff;--line:#e2e3e7;--soft:#f0f1f4;--accent:#2454c2;
        --mark:#ffe27a;--ok:#17794a;--warn:#b42318;color-scheme:light dark}
        @media (prefers-color-scheme:dark){:root{--bg:#111317;--fg:#e5e7eb;--muted:#9ca3af;--card:#1a1d23;--line:#2c3039;
        --soft:#22262e;--accent:#8ab4ff;--mark:#705a00;--ok:#5bd198;--warn:#ff8b7e}}
        *{box-sizing:border-box}
        html{scroll-behavior:smooth}
        body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
        .wrap{max-width:1240px;margin:0 auto;padding:0 24px 48px}
        a{color:var(--accent)}
        h1,h2,h3,h4{line-height:1.25;margin:1.4em 0 .5em}
        h1{font-size:1.9rem;margin:0}
        h2{font-size:1.5rem}
        h3{font-size:1.12rem;border-bottom:1px solid var(--line);padding-bottom:.25em}
        h4{font-size:1rem;margin:1em 0 .4em}
        .muted,.meta{color:var(--muted)}
        .meta{font-size:.88rem}
        header.top{padding:28px 0 18px;border-bottom:1px solid var(--line);margin-bottom:8px}
        .counts{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0 0;padding:0;list-style:none}
        .counts li{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:6px 14px}
        .counts b{font-size:1.25rem;margin-right:.3em}
        .chip{display:inline-block;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;padding:0 .6em;margin:.1em .15em .1em 0;border-radius:999px;font-size:.78rem;line-height:1.7;
        white-space:nowrap;text-decoration:none;background:hsl(var(--h) 75% 93%);color:hsl(var(--h) 65% 24%);border:1px solid hsl(var(--h) 50% 80%)}
        @media (prefers-color-scheme:dark){.chip{background:hsl(var(--h) 35% 20%);color:hsl(var(--h) 75% 84%);border-color:hsl(var(--h) 35% 32%)}}
        a.cite:hover{filter:brightness(.93)}
        .toc{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:4px 20px 14px;margin:20px 0}
        .toc ol{margin:.3em 0;padding-left:1.4em}
        .toc li{margin:.3em 0}
        .story{background:var(--card);border:1px solid var(--line);border-radius:14px;padding:6px 26px 20px;margin:26px 0}
        .story>h2{margin-top:.8em}
        .summary li{margin:.45em 0;font-family:Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,serif;font-size:1.04rem}
        .none{color:var(--muted);font-style:italic}
        .sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(250px,1fr));gap:12px;margin:.4em 0 1em}
        .side{background:var(--soft);border-radius:10px;padding:10px 14px}
        .side p,.side blockquote{margin:.35em 0}
        blockquote{margin:0;font-family:Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,serif}
        mark{background:var(--mark);color:inherit;border-radius:3px;padding:0 .12em}
        .facts li{margin:.5em 0}
        .badge{font-size:.72rem;font-weight:600;text-transform:uppercase;letter-spacing:.04em;color:var(--ok)}
        .badge.single{color:var(--muted)}
        .para{color:var(--muted);font-style:italic}
        .scroll{overflow-x:auto}
        table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.4em 0 1em}
        th,td{border-bottom:1px solid var(--line);padding:.35em .6em;text-align:left;vertical-align:top}
        th{font-weight:600;background:var(--soft)}
        td.c{text-align:center}
        .yes{color:var(--ok);font-weight:700}
        .terms{display:grid;grid-template-columns:repeat(auto-fit,minmax(230px,1fr));gap:12px}
        details{margin:.25em 0}
        summary{cursor:pointer}
        details ul{margin:.3em 0;padding-left:1.2em;font-size:.92rem}
        .articles{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:16px;align-items:start}
        .card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:14px 18px}
        .card h4{font-size:1.1rem;margin:.35em 0}
        .card .body{font-family:Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,serif;counter-reset:p}
        .card .body p{margin:.6em 0;padding-left:2em;position:relative;border-radius:4px}
        .card .body p::before{counter-increment:p;content:counter(p);position:absolute;left:0;width:1.6em;text-align:right;
        color:var(--muted);font:.72rem/2.1 system-ui,sans-serif}
        p:target,.card:target{background:var(--mark);outline:2px solid var(--mark)}
        .copy{background:var(--soft);border-left:3px solid var(--accent);padding:4px 10px;font-size:.88rem}
        .captions{font-size:.86rem;color:var(--muted);border-top:1px dashed var(--line);padding-top:.4em}
        .audit li{margin:.3em 0}
        .reason{font-size:.72rem;text-transform:uppercase;letter-spacing:.04em;color:var(--warn);margin-right:.4em}
        .url{font-size:.8rem;word-break:break-all;color:var(--muted)}
        .problems td:first-child{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem}
        footer{color:var(--muted);font-size:.85rem;margin-top:30px}
        @media print{body{background:#fff;color:#000;font-size:10.5pt}.wrap{max-width:none;padding:0}
        .story,.card,.toc{border-color:#bbb;box-shadow:none}.story{break-before:page}.card,.side,tr{break-inside:avoid}
        a{color:inherit;text-decoration:none}.chip{border-color:#999}html{scroll-behavior:auto}}
        """;

    /// <summary>Opens every collapsed section before printing so the printout is complete; without script they print as shown.</summary>
    public const string Script =
        "addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true})});";
}

using System;
using System.Collections.Generic;
using System.Text;
using Aot.Engine.Objects;

namespace Aot.Runtime.Web;

/// <summary>
/// console.table (Node's lib/internal/console/constructor.js table + lib/internal/cli_table.js):
/// one row per own enumerable key of the data, one column per key of the row objects (in order of
/// appearance) and a "Values" column for primitive rows; cells inspected with depth 0 and at most
/// 3 array items, padded on the right, in box-drawing characters.
/// </summary>
internal static class ConsoleTable
{
    public static string Render(Realm realm, JsObject data, in JsValue properties)
    {
        List<string>? filter = null;
        if (properties.Ref is JsArray p)
        {
            filter = new List<string>();
            for (uint i = 0; i < p.Length; i++) filter.Add(Operations.ToString(p.Get(PropertyKey.FromIndex(i))));
        }
        var indexColumn = new List<string>();
        var columns = new List<string>();
        var cells = new List<Dictionary<string, string>>();
        var values = new List<string?>();
        bool hasValues = false;
        foreach (var key in data.OwnPropertyKeys())
        {
            if (key.IsSymbol || !data.GetOwnProperty(key, out var d) || !d.Enumerable) continue;
            indexColumn.Add(key.ToString());
            var row = data.Get(key);
            var rowCells = new Dictionary<string, string>(StringComparer.Ordinal);
            if (row.IsObject && row.Ref is not JsFunction)
            {
                var ro = row.AsObject();
                foreach (var k in ro.OwnPropertyKeys())
                {
                    if (k.IsSymbol || !ro.GetOwnProperty(k, out var rd) || !rd.Enumerable) continue;
                    string name = k.ToString();
                    if (filter != null && !filter.Contains(name)) continue;
                    if (!columns.Contains(name)) columns.Add(name);
                    rowCells[name] = Cell(ro.Get(k));
                }
                values.Add(null);
            }
            else
            {
                hasValues = true;
                values.Add(Cell(row));
            }
            cells.Add(rowCells);
        }
        if (filter != null) columns = filter;
        var header = new List<string> { "(index)" };
        header.AddRange(columns);
        if (hasValues) header.Add("Values");
        var rows = new List<List<string>>();
        for (int i = 0; i < indexColumn.Count; i++)
        {
            var r = new List<string> { indexColumn[i] };
            foreach (var c in columns) r.Add(cells[i].TryGetValue(c, out var v) ? v : "");
            if (hasValues) r.Add(values[i] ?? "");
            rows.Add(r);
        }
        var widths = new int[header.Count];
        for (int c = 0; c < header.Count; c++)
        {
            widths[c] = header[c].Length + 2;
            foreach (var r in rows) widths[c] = Math.Max(widths[c], r[c].Length + 2);
        }
        var sb = new StringBuilder();
        Line(sb, widths, '┌', '┬', '┐');
        Row(sb, header, widths);
        Line(sb, widths, '├', '┼', '┤');
        foreach (var r in rows) Row(sb, r, widths);
        Line(sb, widths, '└', '┴', '┘');
        sb.Length--; // the last newline: the console adds its own
        return sb.ToString();
    }

    private static string Cell(in JsValue v)
    {
        int depth = v.IsObject && v.Ref is not JsArray && v.AsObject().OwnPropertyKeys().Count > 2 ? -1 : 0;
        return Inspector.Inspect(v, new InspectOptions(Depth: depth, BreakLength: int.MaxValue, MaxArrayLength: 3));
    }

    private static void Line(StringBuilder sb, int[] widths, char left, char middle, char right)
    {
        sb.Append(left);
        for (int i = 0; i < widths.Length; i++)
        {
            if (i > 0) sb.Append(middle);
            sb.Append('─', widths[i]);
        }
        sb.Append(right).Append('\n');
    }

    private static void Row(StringBuilder sb, List<string> cells, int[] widths)
    {
        sb.Append('│');
        for (int i = 0; i < cells.Count; i++)
        {
            sb.Append(' ').Append(cells[i]).Append(' ', widths[i] - cells[i].Length - 1).Append('│');
        }
        sb.Append('\n');
    }
}

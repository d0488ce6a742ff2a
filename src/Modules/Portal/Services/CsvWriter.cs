using System.Text;
using OpenCityAomori.Core.Data;

namespace OpenCityAomori.Modules.Portal.Services;

/// <summary>
/// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes
/// doubled. Encoded UTF-8 with a byte-order mark so that Excel opens Japanese text correctly.
/// </summary>
internal static class CsvWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        AppendRow(text, header);
        foreach (var row in rows)
        {
            AppendRow(text, row);
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        value = CsvCells.Defuse(value);
        var mustQuote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' ';
        return mustQuote ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    private static void AppendRow(StringBuilder text, IReadOnlyList<string?> row)
    {
        for (var i = 0; i < row.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(Field(row[i]));
        }

        text.Append("\r\n");
    }
}

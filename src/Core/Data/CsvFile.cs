using CsvHelper;

namespace OpenCityAomori.Core.Data;

/// <summary>
/// CSV files for people and spreadsheets (open data, form submissions): RFC 4180 with CRLF line ends,
/// fields quoted when they hold a comma, quote or line break or start or end with white space;
/// UTF-8 with a byte-order mark so that Excel opens Japanese text correctly; every cell that a
/// spreadsheet would run as a formula kept as text (<see cref="CsvCells.Defuse"/>).
/// </summary>
public static class CsvFile
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvWriterOptions Options = new()
    {
        WriteByteOrderMark = true,
        NewLine = "\r\n",
        Quoting = CsvQuoting.WhenNeededOrWhitespace,

        // CsvCells decides which cells are formulas: CsvHelper's own escaping would also quote "-5" and "+81 …".
        Injection = CsvInjection.None,
    };

    /// <summary>The file: a header row, then one row per record; a null cell is written empty.</summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            WriteRow(csv, header);
            foreach (var row in rows)
            {
                WriteRow(csv, row);
            }
        }

        return stream.ToArray();
    }

    private static void WriteRow(CsvWriter csv, IReadOnlyList<string?> row)
    {
        foreach (var cell in row)
        {
            csv.WriteField(cell is null ? null : CsvCells.Defuse(cell));
        }

        csv.EndRecord();
    }
}

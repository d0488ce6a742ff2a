using System.Text.RegularExpressions;

namespace OpenCityAomori.Core.Data;

/// <summary>Cell values for CSV files that staff open in a spreadsheet.</summary>
public static partial class CsvCells
{
    /// <summary>
    /// A spreadsheet runs a cell that starts like a formula (= + - @ tab CR); a leading apostrophe keeps it
    /// text. Only a value that is wholly one number ("-5", "-3.5") or an international phone number of digits and
    /// spaces ("+81 17 761 4154") stays as it is; "-10-20" would be calculated, so it is kept as text too.
    /// </summary>
    public static string Defuse(string value) =>
        value.Length > 0 && (value[0] is '=' or '@' or '\t' or '\r' || (value[0] is '+' or '-' && value.Length > 1 && !PlainNumber().IsMatch(value)))
            ? "'" + value
            : value;

    [GeneratedRegex(@"^(-[0-9]+(\.[0-9]+)?|\+[0-9][0-9 ]*)$")]
    private static partial Regex PlainNumber();
}

using System.Text.RegularExpressions;

namespace OpenCityAomori.Core.Data;

/// <summary>Cell values for CSV files that staff open in a spreadsheet.</summary>
public static partial class CsvCells
{
    /// <summary>
    /// A spreadsheet runs a cell that starts like a formula (= + - @ tab CR); a leading apostrophe keeps it
    /// text. Only a value that is wholly a number or phone number ("-5", "-3.5", "+81 17 761 4154") stays as it is.
    /// </summary>
    public static string Defuse(string value) =>
        value.Length > 0 && (value[0] is '=' or '@' or '\t' or '\r' || (value[0] is '+' or '-' && value.Length > 1 && !PlainNumber().IsMatch(value)))
            ? "'" + value
            : value;

    [GeneratedRegex(@"^[+-][0-9][0-9 ().,-]*$")]
    private static partial Regex PlainNumber();
}

using System.Globalization;
using System.Text;

namespace OpenCityAomori.Modules.Media.Services;

/// <summary>
/// Turns a client's file name into one that is safe in a URL path segment, a Content-Disposition
/// header and any file system, keeping Japanese. The name is for display and downloads only:
/// storage is keyed by id.
/// </summary>
internal static class FileNameSanitizer
{
    public const int MaxStemLength = 80;

    private static readonly HashSet<string> WindowsReserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>The name after the last '/' or '\' (browsers on Windows may send a full path).</summary>
    public static string LastSegment(string name)
    {
        var slash = name.LastIndexOfAny(['/', '\\']);
        return slash < 0 ? name : name[(slash + 1)..];
    }

    /// <summary>A safe name ending in <paramref name="extension"/> (the detected type's, not the client's).</summary>
    public static string Sanitize(string? clientName, string extension)
    {
        var name = LastSegment((clientName ?? string.Empty).Normalize(NormalizationForm.FormC));
        var dot = name.LastIndexOf('.');
        var stem = dot > 0 ? name[..dot] : name.TrimStart('.');

        var builder = new StringBuilder(stem.Length);
        foreach (var rune in stem.EnumerateRunes())
        {
            builder.Append(IsKept(rune) ? rune.ToString() : "-");
        }

        var safe = Collapse(builder.ToString()).Trim('-', '.', '_', ' ');
        safe = Truncate(safe, MaxStemLength).TrimEnd('-', '.', '_');
        if (safe.Length == 0)
        {
            safe = "file";
        }
        else if (WindowsReserved.Contains(safe))
        {
            safe += "-file";
        }

        return safe + "." + extension;
    }

    private static bool IsKept(Rune rune)
    {
        if (rune.Value is '-' or '_' or '.')
        {
            return true;
        }

        // Letters and digits of every script (Japanese included) and the marks that complete them.
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark => true,
            _ => false,
        };
    }

    /// <summary>Runs of separators become one hyphen, and ".." can never survive.</summary>
    private static string Collapse(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            var last = builder.Length == 0 ? '\0' : builder[^1];
            if ((c == '-' && last is '-' or '.') || (c == '.' && last is '.' or '-'))
            {
                builder[^1] = '-';
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Cuts at a text-element boundary, never inside a surrogate pair or a combining sequence.</summary>
    private static string Truncate(string value, int maxLength)
    {
        if (value.Length <= maxLength)
        {
            return value;
        }

        var end = 0;
        var elements = StringInfo.GetTextElementEnumerator(value);
        while (elements.MoveNext() && elements.ElementIndex + elements.GetTextElement().Length <= maxLength)
        {
            end = elements.ElementIndex + elements.GetTextElement().Length;
        }

        return value[..end];
    }
}

using System.Text.RegularExpressions;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>
/// Takes personal data out of the text of a disclosure copy: any e-mail address or mobile number, and the
/// contact person's name, reading and phone however they are spaced; for a sole proprietor also the trade
/// name (it may be the person's own name). Organisations and corporate numbers are public data and stay.
/// </summary>
internal sealed partial class DisclosureRedactor
{
    private readonly IReadOnlyList<Regex> _personal;
    private readonly string? _mark;

    /// <param name="mark">What replaces personal data; the disclosure copy's <see cref="PersonalMark"/> when null.</param>
    public DisclosureRedactor(Proposal proposal, IEnumerable<ProposalOrganization> organizations, string? mark = null)
    {
        _mark = mark;
        var names = new List<string> { proposal.ContactName, proposal.ContactKana, proposal.ContactEmail };
        if (proposal.ApplicantType == ApplicantType.SoleProprietor)
        {
            names.AddRange(organizations.Select(o => o.Name));
        }

        _personal = names.Select(Spaced).Append(Digits(proposal.ContactPhone)).OfType<Regex>().ToList();
    }

    public static string PersonalMark => Cultures.T("■■■（個人情報のため不開示）", "■■■ (withheld: personal information)");

    public static string ConfidentialMark => Cultures.T("■■■（不開示情報）", "■■■ (withheld: confidential)");

    public static string WithheldMark => Cultures.T("■■■（不開示：開示の対象に選ばれていません）", "■■■ (withheld: not released)");

    /// <summary>Whether the organisations' names are the proposer's own (a sole proprietor may trade under their name).</summary>
    public static bool NamesArePersonal(Proposal proposal) => proposal.ApplicantType == ApplicantType.SoleProprietor;

    public string Text(string text)
    {
        var mark = _mark ?? PersonalMark;
        var result = EmailAddress().Replace(text, mark);
        result = MobileNumber().Replace(result, mark);
        foreach (var pattern in _personal)
        {
            result = pattern.Replace(result, mark);
        }

        return result;
    }

    /// <summary>The words of a name with any spacing between them (青森 太郎, 青森　太郎, 青森太郎); nothing for a blank or one-letter name.</summary>
    private static Regex? Spaced(string value)
    {
        var words = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Concat(words).Length < 2
            ? null
            : new Regex(string.Join(@"\s*", words.Select(Regex.Escape)), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The digits of a phone number with any hyphen or space between them.</summary>
    private static Regex? Digits(string phone)
    {
        var digits = phone.Where(char.IsAsciiDigit).Select(d => d.ToString()).ToList();
        return digits.Count < 6 ? null : new Regex(string.Join(@"[-‐－ー\s]*", digits), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"0[5789]0[-‐－ー\s]?\d{4}[-‐－ー\s]?\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex MobileNumber();
}

using System.Globalization;
using OpenCityAomori.Core.Content;

namespace OpenCityAomori.Modules.Partnership.Models;

/// <summary>The agreement's edit form as posted: text as typed (bad input is shown back, nothing is lost), rows of each list.</summary>
internal sealed class AgreementForm
{
    /// <summary>The lists that take rows ("add:{name}" adds one).</summary>
    public static readonly IReadOnlyList<string> Lists = ["partners", "items", "goals", "contributions"];

    public string? Type { get; set; }

    public string? Title { get; set; }

    public string? TitleEn { get; set; }

    public string? Summary { get; set; }

    public string? SummaryEn { get; set; }

    public string? Department { get; set; }

    public List<PartnerInput> Partners { get; set; } = [];

    public List<TextInput> Items { get; set; } = [];

    public List<TextInput> Goals { get; set; } = [];

    public List<ContributionInput> Contributions { get; set; } = [];

    public string? EffectsCity { get; set; }

    public string? EffectsCityEn { get; set; }

    public string? EffectsPartner { get; set; }

    public string? EffectsPartnerEn { get; set; }

    public string? SignedOn { get; set; }

    public string? TermStart { get; set; }

    public string? TermEnd { get; set; }

    public string? ReviewOn { get; set; }

    public string? RenewalNoticeOn { get; set; }

    public string? Notes { get; set; }

    public static AgreementForm From(Agreement a) => new()
    {
        Type = a.Type.ToString(),
        Title = a.Title,
        TitleEn = a.TitleEn,
        Summary = a.Summary,
        SummaryEn = a.SummaryEn,
        Department = a.DepartmentCode,
        Partners = [.. a.Partners().Select(p => new PartnerInput { Name = p.Name, NameEn = p.NameEn, CorporateNumber = p.CorporateNumber })],
        Items = [.. a.Items().Select(TextInput.From)],
        Goals = [.. a.Goals().Select(TextInput.From)],
        Contributions = [.. a.Contributions().Select(c => new ContributionInput { Party = c.Party.ToString(), Resource = c.Resource.ToString(), Text = c.Text, TextEn = c.TextEn })],
        EffectsCity = a.EffectsCity,
        EffectsCityEn = a.EffectsCityEn,
        EffectsPartner = a.EffectsPartner,
        EffectsPartnerEn = a.EffectsPartnerEn,
        SignedOn = Date(a.SignedOn),
        TermStart = Date(a.TermStart),
        TermEnd = Date(a.TermEnd),
        ReviewOn = Date(a.ReviewOn),
        RenewalNoticeOn = Date(a.RenewalNoticeOn),
        Notes = a.Notes,
    };

    /// <summary>Drops the rows marked for removal and, for "add:{list}", adds an empty row to that list.</summary>
    public void ApplyRowChanges(string? addTo)
    {
        Partners.RemoveAll(r => r.Remove);
        Items.RemoveAll(r => r.Remove);
        Goals.RemoveAll(r => r.Remove);
        Contributions.RemoveAll(r => r.Remove);
        switch (addTo)
        {
            case "partners": Partners.Add(new()); break;
            case "items": Items.Add(new()); break;
            case "goals": Goals.Add(new()); break;
            case "contributions": Contributions.Add(new()); break;
        }
    }

    /// <summary>Every list shows at least one row to type in.</summary>
    public AgreementForm WithEmptyRows()
    {
        if (Partners.Count == 0) { Partners.Add(new()); }
        if (Items.Count == 0) { Items.Add(new()); }
        if (Goals.Count == 0) { Goals.Add(new()); }
        if (Contributions.Count == 0) { Contributions.Add(new()); }
        return this;
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}

internal sealed class PartnerInput
{
    public string? Name { get; set; }

    public string? NameEn { get; set; }

    public string? CorporateNumber { get; set; }

    public bool Remove { get; set; }
}

internal sealed class TextInput
{
    public string? Ja { get; set; }

    public string? En { get; set; }

    public bool Remove { get; set; }

    public static TextInput From(AgreementText text) => new() { Ja = text.Ja, En = text.En };
}

internal sealed class ContributionInput
{
    public string? Party { get; set; } = nameof(CaseStudyParty.City);

    public string? Resource { get; set; } = nameof(CaseStudyResource.People);

    public string? Text { get; set; }

    public string? TextEn { get; set; }

    public bool Remove { get; set; }
}

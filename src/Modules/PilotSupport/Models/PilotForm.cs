using System.Globalization;
using System.Text;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Modules.PilotSupport.Services;

namespace OpenCityAomori.Modules.PilotSupport.Models;

/// <summary>
/// The pilot's edit form as typed (text, so bad input is shown back rather than lost); an emptied field binds as null,
/// which the setters keep as empty text.
/// </summary>
internal sealed class PilotForm
{
    public const int SummaryLength = 1000;
    public const int NoteLength = 1000;
    public const int LongLength = 4000;

    /// <summary>The form's fields top to bottom, for the error summary.</summary>
    public static readonly string[] Order =
        ["Title", "TitleEn", "Businesses", "DepartmentCode", "StartDate", "EndDate", "Place", "SummaryJa", "SummaryEn", "CityProvidesNote", "BusinessDoesNote", "CostSharing", "BudgetAmount", "BudgetNote", "Notes"];

    public string Title { get; set => field = value ?? string.Empty; } = string.Empty;

    public string TitleEn { get; set => field = value ?? string.Empty; } = string.Empty;

    /// <summary>One organisation a line.</summary>
    public string Businesses { get; set => field = value ?? string.Empty; } = string.Empty;

    public string? DepartmentCode { get; set; }

    public string StartDate { get; set => field = value ?? string.Empty; } = string.Empty;

    public string EndDate { get; set => field = value ?? string.Empty; } = string.Empty;

    public string Place { get; set => field = value ?? string.Empty; } = string.Empty;

    public string SummaryJa { get; set => field = value ?? string.Empty; } = string.Empty;

    public string SummaryEn { get; set => field = value ?? string.Empty; } = string.Empty;

    public bool CityTestField { get; set; }

    public bool CityData { get; set; }

    public bool CityPublicity { get; set; }

    public bool CityRegulation { get; set; }

    public bool CityBase { get; set; }

    public string CityProvidesNote { get; set => field = value ?? string.Empty; } = string.Empty;

    public bool BusinessConduct { get; set; }

    public bool BusinessCosts { get; set; }

    public bool BusinessData { get; set; }

    public bool BusinessReport { get; set; }

    public string BusinessDoesNote { get; set => field = value ?? string.Empty; } = string.Empty;

    public string CostSharing { get; set => field = value ?? string.Empty; } = string.Empty;

    public string BudgetAmount { get; set => field = value ?? string.Empty; } = string.Empty;

    public string BudgetNote { get; set => field = value ?? string.Empty; } = string.Empty;

    public string Notes { get; set => field = value ?? string.Empty; } = string.Empty;

    public static PilotForm From(Pilot p) => new()
    {
        Title = p.Title, TitleEn = p.TitleEn, DepartmentCode = p.DepartmentCode, Place = p.Place, SummaryJa = p.SummaryJa, SummaryEn = p.SummaryEn,
        Businesses = string.Join("\n", PilotJson.Read(p.BusinessesJson).Select(b => b.Name)),
        StartDate = p.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        EndDate = p.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        CityTestField = p.CityProvides.HasFlag(CityProvision.TestField), CityData = p.CityProvides.HasFlag(CityProvision.AdministrativeData),
        CityPublicity = p.CityProvides.HasFlag(CityProvision.Publicity), CityRegulation = p.CityProvides.HasFlag(CityProvision.RegulatoryConsultation),
        CityBase = p.CityProvides.HasFlag(CityProvision.Base), CityProvidesNote = p.CityProvidesNote,
        BusinessConduct = p.BusinessDoes.HasFlag(BusinessRole.Conduct), BusinessCosts = p.BusinessDoes.HasFlag(BusinessRole.Costs),
        BusinessData = p.BusinessDoes.HasFlag(BusinessRole.DataVerification), BusinessReport = p.BusinessDoes.HasFlag(BusinessRole.Report),
        BusinessDoesNote = p.BusinessDoesNote, CostSharing = p.CostSharing,
        BudgetAmount = p.BudgetAmount?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, BudgetNote = p.BudgetNote, Notes = p.Notes,
    };

    public CityProvision CityProvides =>
        (CityTestField ? CityProvision.TestField : 0) | (CityData ? CityProvision.AdministrativeData : 0) | (CityPublicity ? CityProvision.Publicity : 0)
        | (CityRegulation ? CityProvision.RegulatoryConsultation : 0) | (CityBase ? CityProvision.Base : 0);

    public BusinessRole BusinessDoes =>
        (BusinessConduct ? BusinessRole.Conduct : 0) | (BusinessCosts ? BusinessRole.Costs : 0) | (BusinessData ? BusinessRole.DataVerification : 0)
        | (BusinessReport ? BusinessRole.Report : 0);

    public IReadOnlyList<string> BusinessNames =>
        Businesses.Split('\n').Select(Clean).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Full-width digits and letters folded (NFKC), trimmed.</summary>
    public static string Clean(string? text) => (text ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim();

    /// <summary>A date typed as yyyy-MM-dd (full-width or with slashes too); null for empty; false when unreadable.</summary>
    public static bool TryDay(string? text, out DateOnly? day)
    {
        day = null;
        var value = Clean(text).Replace('/', '-');
        if (value.Length == 0)
        {
            return true;
        }

        var ok = DateOnly.TryParseExact(value, ["yyyy-MM-dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        day = ok ? parsed : null;
        return ok;
    }

    /// <summary>Yen as typed, commas, 円 and full-width digits allowed; null for empty; false when not a whole amount.</summary>
    public static bool TryYen(string? text, out long? yen)
    {
        yen = null;
        var value = Clean(text).Replace(",", string.Empty, StringComparison.Ordinal).TrimEnd('円').Trim();
        if (value.Length == 0)
        {
            return true;
        }

        var ok = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed <= 1_000_000_000_000;
        yen = ok ? parsed : null;
        return ok;
    }

    /// <summary>The organisations as listed, keeping the 法人番号 of names the pilot already had.</summary>
    public IReadOnlyList<AcceptedOrganization> Organizations(IReadOnlyList<AcceptedOrganization> before) =>
        BusinessNames.Select(n => before.FirstOrDefault(b => b.Name == n) ?? new AcceptedOrganization(n, null)).ToList();
}

using System.Text.Json;
using System.Text.Json.Serialization;
using OpenCityAomori.Core.Audit;
using OpenCityAomori.Core.Content;

namespace OpenCityAomori.Modules.Partnership.Models;

/// <summary>A partner organisation; <see cref="CorporateNumber"/> (法人番号) where known, checked by its check digit.</summary>
internal sealed record AgreementPartner(string Name, string NameEn, string? CorporateNumber);

/// <summary>A line of a list (連携事項, a shared goal) in Japanese and English.</summary>
internal sealed record AgreementText(string Ja, string En);

/// <summary>What one side provides: ヒト・モノ・カネ・情報.</summary>
internal sealed record AgreementContribution(CaseStudyParty Party, CaseStudyResource Resource, string Text, string TextEn);

/// <summary>The JSON columns of an agreement.</summary>
internal static class AgreementJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyList<AgreementPartner> Partners(this Agreement agreement) => Read<AgreementPartner>(agreement.PartnersJson);

    public static IReadOnlyList<AgreementText> Items(this Agreement agreement) => Read<AgreementText>(agreement.ItemsJson);

    public static IReadOnlyList<AgreementText> Goals(this Agreement agreement) => Read<AgreementText>(agreement.GoalsJson);

    public static IReadOnlyList<AgreementContribution> Contributions(this Agreement agreement) => Read<AgreementContribution>(agreement.ContributionsJson);

    public static string Write<T>(IEnumerable<T> rows) => JsonSerializer.Serialize(rows.ToList(), Options);

    private static List<T> Read<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, Options) ?? [];
}

/// <summary>A document of an agreement (the signed agreement, a memorandum, minutes), kept in the module's table.</summary>
internal sealed class AgreementDocument : IAuditable
{
    public long Id { get; set; }

    public long AgreementId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long Length { get; set; }

    [NotAudited]
    public byte[] Data { get; set; } = [];

    public string UploadedBy { get; set; } = string.Empty;

    public DateTime UploadedUtc { get; set; }
}

internal enum FollowUpKind
{
    Meeting = 0,
    Call = 1,
    Visit = 2,
}

/// <summary>伴走: one contact with the partner while the agreement runs, and what came of it.</summary>
internal sealed class AgreementFollowUp : IAuditable
{
    public long Id { get; set; }

    public long AgreementId { get; set; }

    public DateOnly HeldOn { get; set; }

    public FollowUpKind Kind { get; set; }

    /// <summary>What came of it (may name people: not written to the audit trail, like the notes).</summary>
    [NotAudited]
    public string Outcomes { get; set; } = string.Empty;

    [NotAudited]
    public string NextSteps { get; set; } = string.Empty;

    public string RecordedBy { get; set; } = string.Empty;

    public DateTime RecordedUtc { get; set; }
}

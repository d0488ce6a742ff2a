using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.Proposals.Models;

/// <summary>How the desk asked the proposer's opinion before a disclosure (第三者意見照会).</summary>
internal enum ConsultationMethod
{
    Email = 0,
    Phone = 1,
    Letter = 2,
    Thread = 3,
    Meeting = 4,
}

/// <summary>
/// One consultation of the proposer before a disclosure: when, how, what the proposer said and who recorded it.
/// The opinion may name the parts the proposer wants withheld, so the audit records the step, not the opinion.
/// </summary>
internal sealed class DisclosureConsultation : IAuditable
{
    public long Id { get; set; }

    public long ProposalId { get; set; }

    public DateOnly ConsultedOn { get; set; }

    public ConsultationMethod Method { get; set; }

    [NotAudited]
    public string OpinionSummary { get; set; } = string.Empty;

    public string RecordedBy { get; set; } = string.Empty;

    public DateTime RecordedUtc { get; set; }
}

/// <summary>
/// What staff released for disclosure of one proposal; everything else is withheld. The keys name the released
/// items (<see cref="DisclosureKeys"/>: files, messages and answers to editor-added questions), so a new kind of item needs no new column.
/// </summary>
internal sealed class DisclosureRelease : IAuditable
{
    public long ProposalId { get; set; }

    /// <summary>The released items' keys (JSON array).</summary>
    public string ReleasedKeysJson { get; set; } = "[]";

    public string UpdatedBy { get; set; } = string.Empty;

    public DateTime UpdatedUtc { get; set; }
}

/// <summary>The keys of releasable items.</summary>
internal static class DisclosureKeys
{
    public static string File(string fileId) => "file:" + fileId;

    /// <summary>The answer to a question editors added to the proposal form, by the field's name.</summary>
    public static string EditorField(string fieldName) => "field:" + fieldName;

    public static string Message(long messageId) => "message:" + messageId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Modules.Proposals.Models;

/// <summary>
/// 照会: the desk asks another department for its opinion on a proposal, with a deadline counted in business
/// days. The asked department sees the proposal while the request exists and answers on the proposal's page.
/// </summary>
internal sealed class OpinionRequest : IAuditable
{
    public long Id { get; set; }

    public long ProposalId { get; set; }

    /// <summary>The asked department (an active directory code when the request was made).</summary>
    public string DepartmentCode { get; set; } = string.Empty;

    [NotAudited]
    public string Question { get; set; } = string.Empty;

    public string RequestedBy { get; set; } = string.Empty;

    public DateTime RequestedUtc { get; set; }

    public DateTime DueUtc { get; set; }

    /// <summary>When the asked department was reminded that the deadline passed (once).</summary>
    public DateTime? RemindedUtc { get; set; }

    [NotAudited]
    public string? Answer { get; set; }

    public string? AnsweredBy { get; set; }

    public DateTime? AnsweredUtc { get; set; }

    /// <summary>When the desk withdrew the request (no answer needed any more; the department no longer sees the proposal through it).</summary>
    public DateTime? WithdrawnUtc { get; set; }

    public string? WithdrawnBy { get; set; }

    /// <summary>Waiting for the department's answer.</summary>
    public bool IsOpen => AnsweredUtc is null && WithdrawnUtc is null;
}

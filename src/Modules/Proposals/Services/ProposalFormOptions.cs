using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>A published challenge a 課題提案 can answer.</summary>
internal sealed record ProposalChallenge(string Id, string Title, string? Department, DateOnly? Deadline, bool IsOpen, string? DepartmentCode = null);

/// <summary>A scheme as the form offers it.</summary>
internal sealed record SchemeChoice(string Id, LocalizedText Name, LocalizedText Description);

/// <summary>What the form offers when it is shown: Proposals decides these; editors cannot rename or remove them.</summary>
internal sealed record ProposalFormOptions(
    IReadOnlyList<SchemeChoice> Schemes,
    IReadOnlyList<ProposalChallenge> Challenges,
    string NoticeVersion,
    string NoticeText)
{
    public IReadOnlyCollection<string> SchemeIds => Schemes.Select(s => s.Id).ToList();
}

using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.Modules.Proposals.Models;

internal sealed record InboxPage(InboxFilter Filter, InboxResult Result, IReadOnlyList<SchemeChoice> Schemes, IReadOnlyList<DirectoryDepartment> Departments, bool Scoped);

internal sealed record ProposalDetailPage(
    Proposal Proposal,
    IReadOnlyList<ProposalOrganization> Organizations,
    IReadOnlyList<string> Confidential,
    IReadOnlyList<ProposalFile> Files,
    IReadOnlyList<TrackingMessage> Thread,
    string SchemeName,
    IReadOnlyList<DirectoryDepartment> Departments,
    bool CanManage,
    IReadOnlyList<WorkflowTaskInfo> Tasks,
    IReadOnlyList<OpinionRequest> Opinions,
    string UserDepartment,
    IReadOnlyList<SchemeChoice> Schemes,
    IReadOnlyList<WorkflowInstanceState> Flows,
    IReadOnlyList<DocumentRequest> Documents)
{
    public string DepartmentName(string? code, bool english) =>
        Departments.FirstOrDefault(d => d.Code == code) is { } d ? (english ? d.Name.En : d.Name.Ja) : code ?? string.Empty;
}

internal sealed class SettingsForm
{
    public string NoticeJa { get; set; } = string.Empty;

    public string NoticeEn { get; set; } = string.Empty;

    public string NoticeVersion { get; set; } = string.Empty;

    public bool DeskReviewsAnswers { get; set; } = true;

    /// <summary>Years, as typed (a string, so "abc" is refused rather than read as 0, which keeps the data).</summary>
    public string PersonalDataRetentionYears { get; set; } = string.Empty;
}

internal sealed record ConsultationListPage(IReadOnlyList<PreConsultation> Rows, ConsultationStatus? Status, int Total, int Page);

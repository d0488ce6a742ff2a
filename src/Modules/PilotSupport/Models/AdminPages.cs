using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Modules.PilotSupport.Services;

namespace OpenCityAomori.Modules.PilotSupport.Models;

internal sealed record PilotListPage(PilotFilter Filter, PilotListResult Result, IReadOnlyList<DirectoryDepartment> Departments, bool Scoped, IReadOnlyList<int> Years)
{
    public string DepartmentName(string? code, bool english) =>
        Departments.FirstOrDefault(d => d.Code == code) is { } d ? (english ? d.Name.En : d.Name.Ja) : code ?? string.Empty;
}

/// <summary>A pilot's page: its record and form, the proposal it came from, the report's files, its public page and case study.</summary>
internal sealed record PilotDetailPage(
    Pilot Pilot,
    PilotForm Form,
    ProposalSnapshot? Proposal,
    IReadOnlyList<DirectoryDepartment> Departments,
    bool CanManage,
    bool CanMove,
    DateOnly Today,
    ContentDraftStatus? PublicPage,
    ContentDraftStatus? CaseStudy,
    bool CaseStudiesAvailable,
    bool CanPublishContent)
{
    public IReadOnlyList<ProposalFileInfo> ReportFiles { get; } = PilotReports.ReportFiles(Proposal);

    public string DepartmentName(string? code, bool english) =>
        Departments.FirstOrDefault(d => d.Code == code) is { } d ? (english ? d.Name.En : d.Name.Ja) : code ?? string.Empty;

    public bool IsOverdue(PilotChecklistItem item) =>
        !item.IsDone && item.DueOn < Today && PilotChecklist.RemindsIn(item.Step, Pilot.Status);
}

using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Directory;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Modules.Partnership.Services;

namespace OpenCityAomori.Modules.Partnership.Models;

internal sealed record AgreementListPage(AgreementQuery Query, AgreementListResult Result, IReadOnlyList<DirectoryDepartment> Departments, bool Scoped, bool CanManage);

internal sealed record AgreementEditPage(long? Id, AgreementForm Form, IReadOnlyList<DirectoryDepartment> Departments, string? ForcedDepartment);

/// <summary>A list of the edit form in two languages (連携事項, goals): its name in the form, rows, legend, a row's label and the "add:" value.</summary>
internal sealed record TextRowsModel(string List, IReadOnlyList<TextInput> Rows, string Legend, string RowLabel, string Add);

/// <summary>A document without its bytes.</summary>
internal sealed record DocumentRow(long Id, string FileName, long Length, string UploadedBy, DateTime UploadedUtc);

internal sealed record AgreementDetailPage(
    Agreement Agreement,
    IReadOnlyList<DirectoryDepartment> Departments,
    IReadOnlyList<DocumentRow> Documents,
    IReadOnlyList<AgreementFollowUp> FollowUps,
    ProposalSnapshot? Proposal,
    ContentDraftStatus? PublicItem,
    ContentDraftStatus? CaseStudy,
    bool CaseStudiesAvailable,
    bool CanDraftCaseStudy,
    bool CanManage,
    bool CanPublishContent)
{
    public FollowUpForm FollowUp { get; init; } = new();

    public ConsentForm Consent { get; init; } = new();

    public StatusForm Change { get; init; } = new();

    public string DepartmentName(string? code, bool english) =>
        Departments.FirstOrDefault(d => d.Code == code) is { } d ? (english ? d.Name.En : d.Name.Ja) : code ?? string.Empty;
}

internal sealed class FollowUpForm
{
    public string? HeldOn { get; set; }

    public string? Kind { get; set; }

    public string? Outcomes { get; set; }

    public string? NextSteps { get; set; }
}

internal sealed class ConsentForm
{
    public string? GivenBy { get; set; }

    public string? GivenOn { get; set; }
}

internal sealed class StatusForm
{
    public string? Status { get; set; }

    public string? SignedOn { get; set; }
}

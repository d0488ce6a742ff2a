using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.PilotSupport.Models;

/// <summary>The words staff, proposers and the public read for a pilot's states and parts, in both languages.</summary>
internal static class PilotText
{
    public static readonly IReadOnlyList<PilotStatus> Statuses = Enum.GetValues<PilotStatus>();

    /// <summary>The statuses the public sees (current and past pilots).</summary>
    public static readonly IReadOnlyList<PilotStatus> PublicStatuses = [PilotStatus.Running, PilotStatus.AwaitingReport, PilotStatus.Completed];

    public static LocalizedText Status(PilotStatus status) => status switch
    {
        PilotStatus.Preparing => new("準備中", "In preparation"),
        PilotStatus.Running => new("実施中", "Running"),
        PilotStatus.AwaitingReport => new("報告待ち", "Awaiting the report"),
        PilotStatus.Completed => new("完了", "Completed"),
        _ => new("中止", "Cancelled"),
    };

    /// <summary>The value of the public item's status field.</summary>
    public static string PublicValue(PilotStatus status) => status switch
    {
        PilotStatus.Running => "running",
        PilotStatus.AwaitingReport => "reporting",
        _ => "completed",
    };

    public static LocalizedText Step(PilotStep step) => step switch
    {
        PilotStep.LandOwners => new("土地・施設管理者との調整", "Coordination with land and facility managers"),
        PilotStep.LocalStakeholders => new("地元関係者との調整", "Coordination with local stakeholders"),
        PilotStep.Permits => new("使用許可申請等", "Applications for use permits, etc."),
        PilotStep.LocalNotice => new("地域への周知", "Informing the local community"),
        PilotStep.Conduct => new("実証実験の実施・立ち会い", "Conducting and attending the pilot"),
        PilotStep.ReportWriting => new("報告書作成", "Report preparation"),
        _ => new("報告書受領", "Report received"),
    };

    public static LocalizedText Owner(ChecklistOwner owner) => owner switch
    {
        ChecklistOwner.Proposer => new("事業者等", "Business"),
        ChecklistOwner.Desk => new("公民連携デスク", "Partnership desk"),
        _ => new("事業担当課", "Department in charge"),
    };

    public static readonly IReadOnlyList<(CityProvision Value, LocalizedText Label)> CityProvisions =
    [
        (CityProvision.TestField, new("実証フィールドの提供・斡旋", "Test field (provided or arranged)")),
        (CityProvision.AdministrativeData, new("行政データの提供", "Administrative data")),
        (CityProvision.Publicity, new("広報・PRの機会", "Publicity and PR")),
        (CityProvision.RegulatoryConsultation, new("規制・制度の相談", "Regulatory consultation")),
        (CityProvision.Base, new("活動拠点（AOMORI STARTUP CENTER）", "A base in the city (AOMORI STARTUP CENTER)")),
    ];

    public static readonly IReadOnlyList<(BusinessRole Value, LocalizedText Label)> BusinessRoles =
    [
        (BusinessRole.Conduct, new("実証実験の運営全般", "Runs the pilot")),
        (BusinessRole.Costs, new("実証実験に係る費用負担", "Bears the pilot's costs")),
        (BusinessRole.DataVerification, new("得られたデータの検証", "Verifies the data obtained")),
        (BusinessRole.Report, new("事業報告", "Reports on the pilot")),
    ];

    public static IEnumerable<LocalizedText> Labels(CityProvision value) =>
        CityProvisions.Where(p => value.HasFlag(p.Value)).Select(p => p.Label);

    public static IEnumerable<LocalizedText> Labels(BusinessRole value) =>
        BusinessRoles.Where(r => value.HasFlag(r.Value)).Select(r => r.Label);
}

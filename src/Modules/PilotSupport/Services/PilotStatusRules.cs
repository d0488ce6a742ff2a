using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.PilotSupport.Models;

namespace OpenCityAomori.Modules.PilotSupport.Services;

/// <summary>
/// Which status changes staff may make and what each needs: 準備中 → 実施中 (the period and the public description set),
/// 実施中 → 報告待ち (the pilot was held: 実施・立ち会い done), 報告待ち → 完了 only by receiving the report, and 中止 (with a
/// reason) from any open status. 完了 and 中止 are final.
/// </summary>
internal static class PilotStatusRules
{
    public static IReadOnlyList<PilotStatus> Next(PilotStatus from) => from switch
    {
        PilotStatus.Preparing => [PilotStatus.Running, PilotStatus.Cancelled],
        PilotStatus.Running => [PilotStatus.AwaitingReport, PilotStatus.Cancelled],
        PilotStatus.AwaitingReport => [PilotStatus.Cancelled],
        _ => [],
    };

    public static bool IsOpen(PilotStatus status) => status is PilotStatus.Preparing or PilotStatus.Running or PilotStatus.AwaitingReport;

    /// <summary>Why the change is refused, in the user's language; null when it is allowed.</summary>
    public static string? Refusal(Pilot pilot, PilotStatus to, string? reason)
    {
        if (!Next(pilot.Status).Contains(to))
        {
            return Cultures.T(
                $"「{PilotText.Status(pilot.Status).Ja}」から「{PilotText.Status(to).Ja}」には変更できません。",
                $"A pilot cannot go from \"{PilotText.Status(pilot.Status).En}\" to \"{PilotText.Status(to).En}\".");
        }

        return to switch
        {
            PilotStatus.Running when pilot.StartDate is null || pilot.EndDate is null =>
                Cultures.T("実施中にする前に、実施期間（開始日と終了日）を入力してください。", "Enter the period (start and end dates) before starting the pilot."),
            PilotStatus.Running when pilot.SummaryJa.Trim().Length == 0 =>
                Cultures.T("実施中にすると公開ページに載ります。先に公開用の概要（日本語）を入力してください。", "A running pilot is shown on the portal: enter the public summary (Japanese) first."),
            PilotStatus.AwaitingReport when pilot.Checklist.FirstOrDefault(i => i.Step == PilotStep.Conduct) is not { IsDone: true } =>
                Cultures.T("報告待ちにする前に、チェックリストの「実証実験の実施・立ち会い」を完了にしてください。", "Tick \"Conducting and attending the pilot\" in the checklist before waiting for the report."),
            PilotStatus.Cancelled when string.IsNullOrWhiteSpace(reason) =>
                Cultures.T("中止の理由を入力してください。", "Give the reason for cancelling."),
            _ => null,
        };
    }
}

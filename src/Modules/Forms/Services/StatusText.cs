using OpenCityAomori.Modules.Forms.Models;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Forms.Services;

/// <summary>Delivery states as staff read them.</summary>
internal static class StatusText
{
    public static string Event(SubmissionEventStatus status) => status switch
    {
        SubmissionEventStatus.Pending => T("未送信", "Pending"),
        SubmissionEventStatus.Published => T("送信済み", "Sent"),
        SubmissionEventStatus.Failed => T("失敗（再試行します）", "Failed (will retry)"),
        _ => T("対象外（ワークフロー無効）", "Skipped (workflows off)"),
    };

    public static string Email(SubmissionEmailStatus status) => status switch
    {
        SubmissionEmailStatus.Queued => T("送信待ちに登録", "Queued"),
        SubmissionEmailStatus.Failed => T("失敗", "Failed"),
        _ => T("なし", "None"),
    };
}

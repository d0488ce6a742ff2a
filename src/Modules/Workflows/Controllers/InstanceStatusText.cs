using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Workflows.Controllers;

internal static class InstanceStatusText
{
    public static string For(string status) => status switch
    {
        "Running" => T("実行中", "Running"),
        "Waiting" => T("待機中", "Waiting"),
        "Completed" => T("完了", "Completed"),
        "Faulted" => T("エラー停止", "Faulted"),
        "Cancelled" => T("取消", "Cancelled"),
        _ => status,
    };
}

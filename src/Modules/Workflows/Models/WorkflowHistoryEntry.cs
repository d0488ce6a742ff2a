using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Workflows.Models;

/// <summary>One line of an instance's history: who did what, when, with which outcome.</summary>
internal sealed class WorkflowHistoryEntry
{
    public long Id { get; set; }

    public Guid InstanceId { get; set; }

    public DateTime AtUtc { get; set; }

    public string? ElementId { get; set; }

    /// <summary>See <see cref="HistoryKinds"/>.</summary>
    public string Kind { get; set; } = "";

    public string? Actor { get; set; }

    public string? Outcome { get; set; }

    public string? Message { get; set; }
}

internal static class HistoryKinds
{
    public const string Started = "Started";
    public const string Entered = "Entered";
    public const string TaskCreated = "TaskCreated";
    public const string TaskCompleted = "TaskCompleted";
    public const string TaskCancelled = "TaskCancelled";
    public const string ActivityCompleted = "ActivityCompleted";
    public const string ActivityFailed = "ActivityFailed";
    public const string Log = "Log";
    public const string Waiting = "Waiting";
    public const string MessageReceived = "MessageReceived";
    public const string TimerFired = "TimerFired";
    public const string Completed = "Completed";
    public const string Faulted = "Faulted";
    public const string Retried = "Retried";
    public const string Cancelled = "Cancelled";
    public const string TaskAssigned = "TaskAssigned";

    /// <summary>What a history line's kind means, in words staff read (the instance page and a business object's page).</summary>
    public static LocalizedText Text(string kind) => kind switch
    {
        Started => new("開始", "Started"),
        Entered => new("到達", "Entered"),
        TaskCreated => new("タスク作成", "Task created"),
        TaskCompleted => new("タスク完了", "Task completed"),
        TaskCancelled => new("タスク取消", "Task cancelled"),
        TaskAssigned => new("担当者の決定", "Task assigned"),
        ActivityCompleted => new("アクティビティ完了", "Activity completed"),
        ActivityFailed => new("アクティビティ失敗", "Activity failed"),
        Log => new("記録", "Log"),
        Waiting => new("待機", "Waiting"),
        MessageReceived => new("メッセージ受信", "Message received"),
        TimerFired => new("タイマー発火", "Timer fired"),
        Completed => new("完了", "Completed"),
        Faulted => new("エラー停止", "Faulted"),
        Retried => new("再実行", "Retried"),
        Cancelled => new("取消", "Cancelled"),
        _ => new(kind, kind),
    };
}

using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Core.Workflows;

namespace OpenCityAomori.Modules.Notifications.Activities;

/// <summary>An in-app notification to users, roles and/or departments, stored with the step.</summary>
internal sealed class NotifyActivity : IWorkflowActivity
{
    public string Name => "Notify";

    public LocalizedText DisplayName { get; } = new("通知", "Notify");

    public LocalizedText Description { get; } = new("職員・ロール・部署に管理画面の通知を送ります。", "Sends an in-app notification to staff, roles or departments.");

    public IReadOnlyList<ActivityParameter> Parameters { get; } =
    [
        new("users", new("ユーザー", "Users"), ActivityParameterKind.User, Help: new("カンマ区切りのユーザー名。${変数}も使えます。", "Comma-separated user names; ${variable} allowed.")),
        new("roles", new("ロール", "Roles"), ActivityParameterKind.Role),
        new("departments", new("部署", "Departments"), ActivityParameterKind.Department, Help: new("部署コード（カンマ区切り）。${departmentCode} など。", "Department codes (comma-separated), e.g. ${departmentCode}.")),
        new("title", new("タイトル", "Title"), ActivityParameterKind.Template, Required: true),
        new("body", new("本文", "Body"), ActivityParameterKind.Template),
        new("url", new("リンク先", "Link"), ActivityParameterKind.Template, Help: new("管理画面内のパス。例：{{ adminUrl }}", "A local path, e.g. {{ adminUrl }}")),
    ];

    public IReadOnlyList<ActivityOutcome> Outcomes { get; } = [ActivityOutcome.Done];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var sender = context.Services.GetRequiredService<INotificationSender>();
        var variables = context.Variables.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        IReadOnlyList<string>? List(string name) =>
            VariableSubstitution.Apply(context.Parameter(name), variables)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } values ? values : null;
        var users = List("users");
        var roles = List("roles");
        var departments = List("departments");
        if (users is null && roles is null && departments is null)
        {
            return ActivityResult.Fault("The notification has no recipient (users, roles or departments).");
        }

        var title = (await context.RenderAsync(context.Parameter("title") ?? "", cancellationToken)).Trim();
        var body = context.Parameter("body") is { } b ? await context.RenderAsync(b, cancellationToken) : "";
        var url = context.Parameter("url") is { } u ? (await context.RenderAsync(u, cancellationToken)).Trim() : null;
        var count = await sender.NotifyAsync(new NotificationRequest(title, body, string.IsNullOrEmpty(url) ? null : url, users, roles, departments, $"workflow:{context.InstanceId}"), cancellationToken);
        context.Log($"Notification sent to {count} user(s): {title}");
        return ActivityResult.Done();
    }
}

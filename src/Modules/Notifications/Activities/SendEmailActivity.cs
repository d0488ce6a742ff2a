using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Core.Workflows;

namespace OpenCityAomori.Modules.Notifications.Activities;

/// <summary>Writes an e-mail to the outbox in the step's transaction; the outbox delivers it with retries.</summary>
internal sealed class SendEmailActivity : IWorkflowActivity
{
    public string Name => "SendEmail";

    public LocalizedText DisplayName { get; } = new("メール送信", "Send e-mail");

    public LocalizedText Description { get; } = new("Liquidテンプレートで件名と本文を作り、メールを送信キューに入れます。", "Renders the subject and body from Liquid templates and queues the e-mail.");

    public IReadOnlyList<ActivityParameter> Parameters { get; } =
    [
        new("to", new("宛先", "To"), ActivityParameterKind.Template, Required: true, Help: new("カンマ区切りのメールアドレス。例：{{ site.email }}、{{ field.email }}", "Comma-separated addresses, e.g. {{ site.email }}, {{ field.email }}")),
        new("subject", new("件名", "Subject"), ActivityParameterKind.Template, Required: true),
        new("body", new("本文", "Body"), ActivityParameterKind.Template, Required: true),
        new("replyTo", new("返信先", "Reply-To"), ActivityParameterKind.Template),
    ];

    public IReadOnlyList<ActivityOutcome> Outcomes { get; } = [ActivityOutcome.Done];

    public async Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var outbox = context.Services.GetRequiredService<IEmailOutbox>();
        var to = (await context.RenderAsync(context.Parameter("to") ?? "", cancellationToken))
            .Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (to.Length == 0)
        {
            return ActivityResult.Fault("The e-mail has no recipient (the 'to' template rendered empty).");
        }

        var subject = (await context.RenderAsync(context.Parameter("subject") ?? "", cancellationToken)).ReplaceLineEndings(" ").Trim();
        var body = await context.RenderAsync(context.Parameter("body") ?? "", cancellationToken);
        var replyTo = context.Parameter("replyTo") is { } template ? (await context.RenderAsync(template, cancellationToken)).Trim() : null;
        try
        {
            var id = await outbox.EnqueueAsync(new EmailMessage(to, subject, body, string.IsNullOrEmpty(replyTo) ? null : replyTo, $"workflow:{context.InstanceId}"), cancellationToken);
            context.Log($"E-mail {id} queued to {string.Join(", ", to)}: {subject}");
            return ActivityResult.Done();
        }
        catch (ArgumentException ex)
        {
            return ActivityResult.Fault("The e-mail was refused: " + ex.Message);
        }
    }
}

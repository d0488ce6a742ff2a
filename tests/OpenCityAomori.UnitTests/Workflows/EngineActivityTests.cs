using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Settings;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Notifications.Activities;
using OpenCityAomori.Modules.Workflows.Models;
using OpenCityAomori.Modules.Workflows.Services;
using static OpenCityAomori.UnitTests.Workflows.Bpmn;

namespace OpenCityAomori.UnitTests.Workflows;

public sealed class EngineActivityTests
{
    private static string Single(string activity, params (string Name, string Value)[] properties) => Definitions(
        MessageStart("start", "E") + Service("work", activity, properties) + UserTask("after", ("role", "DeskStaff")) + End()
        + Flow("f1", "start", "work") + Flow("f2", "work", "after") + Flow("f3", "after", "end"), "E");

    [Fact]
    public async Task SendEmail_renders_liquid_templates_and_queues_the_message()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("mail", Single("SendEmail", ("to", "{{ field.email }}, desk@example.jp"), ("subject", "受付 {{ receiptNumber }}"),
            ("body", "{{ field.name }} 様\n{% if field.company %}{{ field.company }}{% endif %}<b>&</b>")));
        var id = Assert.Single((await h.PublishAsync("E", "k", new() { ["field.email"] = "a@example.jp", ["field.name"] = "青森", ["receiptNumber"] = "C-1", ["field.company"] = "" })).StartedInstances);

        var mail = Assert.Single(h.Outbox.Sent);
        Assert.Equal(["a@example.jp", "desk@example.jp"], mail.To);
        Assert.Equal("受付 C-1", mail.Subject);
        Assert.Equal("青森 様\n<b>&</b>", mail.TextBody);
        Assert.Equal($"workflow:{id}", mail.Source);
        Assert.Equal(["after"], (await h.InstanceAsync(id)).ActiveElementIds);
    }

    [Fact]
    public async Task Templates_can_read_the_site_settings()
    {
        await using var h = new WorkflowHarness(s => s.AddSingleton<ISiteSettingsService>(new FixedSiteSettings()));
        await h.DeployAsync("mail", Single("SendEmail", ("to", "{{ site.email }}"), ("subject", "{{ site.deskName }}"), ("body", "{{ instance.businessKey }}")));
        await h.PublishAsync("E", "form-submission:3");
        var mail = Assert.Single(h.Outbox.Sent);
        Assert.Equal(["desk@city.example.jp"], mail.To);
        Assert.Equal(("公民連携デスク", "form-submission:3"), (mail.Subject, mail.TextBody));
    }

    [Fact]
    public async Task A_transient_failure_retries_with_back_off_and_records_each_failure()
    {
        var flaky = new FlakyActivity(failures: 2);
        await using var h = new WorkflowHarness(s => s.AddSingleton<IWorkflowActivity>(flaky));
        await h.DeployAsync("f", Single("Flaky"));
        var id = Assert.Single((await h.PublishAsync("E", "k")).StartedInstances);

        var waiting = await h.InstanceAsync(id);
        Assert.Equal(InstanceStatus.Waiting, waiting.Instance.Status);
        Assert.Equal(1, waiting.RetryCount);
        Assert.Equal(h.Clock.GetUtcNow().UtcDateTime.AddSeconds(10), waiting.NextAttemptUtc);
        Assert.Equal(0, await h.AdvanceAsync(TimeSpan.FromSeconds(9)));
        Assert.Equal(1, await h.AdvanceAsync(TimeSpan.FromSeconds(1)));
        Assert.Equal(0, await h.AdvanceAsync(TimeSpan.FromSeconds(29)));
        Assert.Equal(1, await h.AdvanceAsync(TimeSpan.FromSeconds(1)));

        var detail = await h.InstanceAsync(id);
        Assert.Equal(["after"], detail.ActiveElementIds);
        Assert.Equal(2, detail.History.Count(e => e.Kind == HistoryKinds.ActivityFailed));
        Assert.Null(detail.Instance.Error);
        Assert.Equal(3, flaky.Calls);
    }

    [Fact]
    public async Task After_the_last_retry_the_instance_is_faulted_and_an_administrator_can_retry_it()
    {
        var flaky = new FlakyActivity(failures: 3);
        await using var h = new WorkflowHarness(s => s.AddSingleton<IWorkflowActivity>(flaky), new() { ["Workflows:MaxRetries"] = "2" });
        await h.DeployAsync("f", Single("Flaky"));
        var id = Assert.Single((await h.PublishAsync("E", "k")).StartedInstances);
        await h.AdvanceAsync(TimeSpan.FromSeconds(10));
        await h.AdvanceAsync(TimeSpan.FromSeconds(30));

        var faulted = await h.InstanceAsync(id);
        Assert.Equal(InstanceStatus.Faulted, faulted.Instance.Status);
        Assert.Equal("work", faulted.FaultedElementId);
        Assert.Contains("mail server down", faulted.Instance.Error, StringComparison.Ordinal);

        var retried = await h.WithAsync(sp => sp.GetRequiredService<WorkflowInstanceAdmin>().RetryAsync(id, "admin"));
        Assert.True(retried.Succeeded);
        var detail = await h.InstanceAsync(id);
        Assert.Equal(InstanceStatus.Waiting, detail.Instance.Status);
        Assert.Equal(["after"], detail.ActiveElementIds);
        Assert.Contains(detail.History, e => e.Kind == HistoryKinds.Retried && e.Actor == "admin");
    }

    [Fact]
    public async Task A_looping_script_is_stopped_and_faults_with_a_clear_message()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("s", Single("Script", ("script", "while (true) { }")));
        var detail = await h.InstanceAsync(Assert.Single((await h.PublishAsync("E", "k")).StartedInstances));
        Assert.Equal(InstanceStatus.Faulted, detail.Instance.Status);
        Assert.Contains("stopped", detail.Instance.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_sets_variables_and_its_returned_string_is_the_outcome()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("s", Definitions(
            MessageStart("start", "E") + Service("work", "Script", ("script", "vars.total = String(Number(vars.a) + Number(b)); return Number(vars.total) > 10 ? 'large' : 'small';"))
            + End("large") + End("small") + Flow("f1", "start", "work") + Flow("fl", "work", "large", "outcome == 'large'") + Flow("fs", "work", "small", "outcome == 'small'"), "E"));
        var detail = await h.InstanceAsync(Assert.Single((await h.PublishAsync("E", "k", new() { ["a"] = "7", ["b"] = "5" })).StartedInstances));
        Assert.Equal("12", detail.Variables["total"]);
        Assert.Equal("large", detail.Variables["work.outcome"]);
        Assert.Contains(detail.History, e => e.ElementId == "large");
    }

    [Fact]
    public async Task SetVariable_Log_and_Notify_write_into_the_step()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("n", Definitions(
            MessageStart("start", "E") + Service("set", "SetVariable", ("name", "greeting"), ("value", "こんにちは {{ who }}"))
            + Service("log", "Log", ("message", "{{ greeting }}")) + Service("notify", "Notify", ("roles", "DeskStaff"), ("departments", "${dept}"), ("title", "新着 {{ who }}"), ("url", "/admin/x"))
            + End() + Flow("f1", "start", "set") + Flow("f2", "set", "log") + Flow("f3", "log", "notify") + Flow("f4", "notify", "end"), "E"));
        var detail = await h.InstanceAsync(Assert.Single((await h.PublishAsync("E", "k", new() { ["who"] = "太郎", ["dept"] = "kikaku" })).StartedInstances));
        Assert.Contains(detail.History, e => e.Kind == HistoryKinds.Log && e.Message == "こんにちは 太郎");
        var notification = Assert.Single(h.Notifications.Sent);
        Assert.Equal(("新着 太郎", "/admin/x"), (notification.Title, notification.Url));
        Assert.Equal(["DeskStaff"], notification.Roles);
        Assert.Equal(["kikaku"], notification.DepartmentCodes);
        Assert.Equal(InstanceStatus.Completed, detail.Instance.Status);
    }

    [Fact]
    public async Task HttpRequest_is_refused_for_hosts_that_are_not_allowed()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("h", Single("HttpRequest", ("url", "https://example.com/hook")));
        var detail = await h.InstanceAsync(Assert.Single((await h.PublishAsync("E", "k")).StartedInstances));
        Assert.Equal(InstanceStatus.Faulted, detail.Instance.Status);
        Assert.Contains("not allowed", detail.Instance.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activity_whose_module_is_disabled_faults_naming_the_module_and_is_not_offered()
    {
        await using var h = new WorkflowHarness();
        await h.DeployAsync("mail", Single("SendEmail", ("to", "a@example.jp"), ("subject", "s"), ("body", "b")));
        h.Features.Disable(typeof(SendEmailActivity).Assembly);

        var detail = await h.InstanceAsync(Assert.Single((await h.PublishAsync("E", "k")).StartedInstances));
        var catalog = await h.WithAsync(sp => sp.GetRequiredService<WorkflowDefinitionStore>().CatalogAsync());

        Assert.Equal(InstanceStatus.Faulted, detail.Instance.Status);
        Assert.Contains("module OpenCityAomori.Modules.Notifications is disabled", detail.Instance.Error, StringComparison.Ordinal);
        Assert.Empty(h.Outbox.Sent);
        Assert.DoesNotContain(catalog.Activities, a => a.Name is "SendEmail" or "Notify");
        Assert.Contains(catalog.Activities, a => a.Name == "SetVariable");
    }

    private sealed class FixedSiteSettings : ISiteSettingsService
    {
        public ValueTask<SiteSettings> GetAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(SiteSettings.Empty with { Email = "desk@city.example.jp" });

        public Task SaveAsync(SiteSettings settings, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    private sealed class FlakyActivity(int failures) : IWorkflowActivity
    {
        public int Calls { get; private set; }

        public string Name => "Flaky";

        public LocalizedText DisplayName { get; } = new("不安定", "Flaky");

        public LocalizedText Description { get; } = new("テスト", "Test");

        public IReadOnlyList<ActivityParameter> Parameters { get; } = [];

        public IReadOnlyList<ActivityOutcome> Outcomes { get; } = [ActivityOutcome.Done];

        public Task<ActivityResult> ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) =>
            Task.FromResult(++Calls <= failures ? ActivityResult.TransientFault("mail server down") : ActivityResult.Done());
    }
}

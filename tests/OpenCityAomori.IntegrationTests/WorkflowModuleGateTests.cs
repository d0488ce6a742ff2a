using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.IntegrationTests.Infrastructure;
using OpenCityAomori.Modules.Workflows.Models;
using static OpenCityAomori.IntegrationTests.WorkflowSamples;

namespace OpenCityAomori.IntegrationTests;

/// <summary>Workflow activities and events contributed by a disabled module neither run nor appear in the designer.</summary>
public sealed class WorkflowModuleGateTests
{
    private static readonly string Mail = Definitions(
        "<bpmn:startEvent id=\"start\"><bpmn:messageEventDefinition messageRef=\"Message_Go\" /></bpmn:startEvent>"
        + $"<bpmn:serviceTask id=\"mail\">{Props(("activity", "SendEmail"), ("to", "desk@example.jp"), ("subject", "s"), ("body", "b"))}</bpmn:serviceTask>"
        + "<bpmn:endEvent id=\"end\" />" + Flow("f1", "start", "mail") + Flow("f2", "mail", "end"),
        "Go");

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_activity_of_a_disabled_module_faults_the_instance_naming_the_module(string provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await host.DeployAsync("mail", Mail);
        await DisableAsync(host, "Notifications");

        var id = Assert.Single((await host.PublishAsync("Go", "k")).StartedInstances);

        var instance = (await host.InstanceAsync(id)).Instance;
        Assert.Equal(InstanceStatus.Faulted, instance.Status);
        Assert.Contains("SendEmail", instance.Error, StringComparison.Ordinal);
        Assert.Contains("Notifications is disabled", instance.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_designer_offers_no_activity_or_event_of_a_disabled_module(string provider)
    {
        await using var host = await WorkflowTestHost.StartAsync(provider);
        await host.DeployAsync("timer", WorkflowSamples.Timer);
        var admin = await host.Factory.AdminClientAsync();
        var before = await admin.GetStringAsync("/admin/workflows/timer/edit");
        Assert.Contains("\"name\":\"SendEmail\"", before, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"FormSubmitted\"", before, StringComparison.Ordinal);

        await DisableAsync(host, "Forms");
        var withoutForms = await admin.GetStringAsync("/admin/workflows/timer/edit");
        Assert.DoesNotContain("\"name\":\"FormSubmitted\"", withoutForms, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"SendEmail\"", withoutForms, StringComparison.Ordinal);

        await DisableAsync(host, "Notifications");
        var withoutNotifications = await admin.GetStringAsync("/admin/workflows/timer/edit");
        Assert.DoesNotContain("\"name\":\"SendEmail\"", withoutNotifications, StringComparison.Ordinal);
        Assert.DoesNotContain("\"name\":\"Notify\"", withoutNotifications, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"SetVariable\"", withoutNotifications, StringComparison.Ordinal);
    }

    private static Task DisableAsync(WorkflowTestHost host, string moduleId) =>
        host.WithAsync(sp => sp.GetRequiredService<IFeatureManager>().DisableAsync(moduleId));
}

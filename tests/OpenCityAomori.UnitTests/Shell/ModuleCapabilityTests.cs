using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Messaging;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Notifications.Activities;
using OpenCityAomori.UnitTests.TestSupport;
using OpenCityAomori.Web.Shell;

namespace OpenCityAomori.UnitTests.Shell;

public sealed class ModuleCapabilityTests
{
    private readonly TestFeatures features = new();

    [Fact]
    public void A_capability_is_present_while_the_module_implementing_it_is_enabled_and_absent_while_it_is_disabled()
    {
        using var provider = Provider(s => s.AddSingleton<IWorkflowActivity, SendEmailActivity>());
        var capability = provider.GetRequiredService<IModuleCapability<IWorkflowActivity>>();

        Assert.IsType<SendEmailActivity>(capability.Value);
        features.Disable(typeof(SendEmailActivity).Assembly);
        Assert.Null(capability.Value);
        features.Enable(typeof(SendEmailActivity).Assembly);
        Assert.NotNull(capability.Value);
    }

    [Fact]
    public void A_capability_no_module_registers_is_absent()
    {
        using var provider = Provider(_ => { });

        Assert.Null(provider.GetRequiredService<IModuleCapability<IEmailOutbox>>().Value);
    }

    private ServiceProvider Provider(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IFeatureManager>(features);
        services.AddTransient(typeof(IModuleCapability<>), typeof(ModuleCapability<>));
        configure(services);
        return services.BuildServiceProvider();
    }
}

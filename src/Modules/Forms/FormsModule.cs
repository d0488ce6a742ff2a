using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Forms;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Mvc;
using OpenCityAomori.Core.Navigation;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Forms.Data;
using OpenCityAomori.Modules.Forms.Services;

namespace OpenCityAomori.Modules.Forms;

/// <summary>Forms editors define in the admin, served to the public and stored before they are acknowledged.</summary>
public sealed class FormsModule : ModuleBase
{
    public const string Id = "Forms";

    /// <summary>The rate-limiter policy of form posts, per client address.</summary>
    public const string SubmitRateLimit = "forms-submit";

    public override ModuleManifest Manifest { get; } = new(
        Id,
        new("フォーム", "Forms"),
        new("お問い合わせなどのフォームを作成し、送信内容を管理します。", "Build forms such as the contact form and manage what is submitted."),
        "Workflow",
        ["Notifications"]);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<FormsDbContext>(Id);
        services.Configure<FormsOptions>(configuration.GetSection(FormsOptions.SectionName));
        services.AddScoped<FormDefinitionStore>();
        services.AddScoped<SubmissionStore>();
        services.AddScoped<SubmissionEmails>();
        services.AddScoped<SubmissionEvents>();
        services.AddScoped<FormsMaintenance>();
        services.AddScoped<SubmissionQuery>();
        services.AddScoped<SubmissionAudit>();
        services.AddScoped<IFormSubmissions, FormSubmissionsGateway>();
        services.AddScoped<IEditorFormFields, EditorFormFields>();
        services.AddScoped<IStartupTask, FormsStartupTask>();
        services.AddScoped<IRecipeStep, FormsRecipeStep>();
        services.AddHostedService<FormsBackgroundService>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
        services.AddScoped<IPublicNavigationProvider, PublicNavigation>();
        services.AddSingleton<IWorkflowEventSource, FormEvents>();
        services.AddPerClientRateLimit(SubmitRateLimit, context =>
        {
            var settings = context.RequestServices.GetRequiredService<IOptions<FormsOptions>>().Value;
            return (settings.SubmitPermitLimit, settings.SubmitWindowSeconds);
        });
    }
}

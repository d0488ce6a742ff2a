using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Navigation;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Core.Workflows;
using OpenCityAomori.Modules.Workflows.Activities;
using OpenCityAomori.Modules.Workflows.Bpmn;
using OpenCityAomori.Modules.Workflows.Data;
using OpenCityAomori.Modules.Workflows.Engine;
using OpenCityAomori.Modules.Workflows.Recipes;
using OpenCityAomori.Modules.Workflows.Services;

namespace OpenCityAomori.Modules.Workflows;

/// <summary>BPMN 2.0 processes drawn in the admin and run by our engine: tasks for staff, timers, messages.</summary>
public sealed class WorkflowsModule : ModuleBase
{
    public const string Id = "Workflows";

    public override ModuleManifest Manifest { get; } = new(
        Id,
        new("ワークフロー", "Workflows"),
        new("業務の流れをBPMNで描き、担当者へのタスク・期限・通知を自動で進めます。", "Draw processes in BPMN; tasks, deadlines and notifications then run by themselves."),
        "Workflow",
        []);

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<WorkflowsDbContext>(Id);
        services.Configure<WorkflowOptions>(configuration.GetSection(WorkflowOptions.SectionName));
        AddEngine(services);
        services.AddHostedService(sp => sp.GetRequiredService<TimerPoller>());
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        services.AddScoped<IRecipeStep, WorkflowsRecipeStep>();
        services.AddScoped<IStartupTask, ModuleWorkflowTemplates>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddSingleton<IAdminMenuProvider, AdminMenu>();
    }

    /// <summary>The engine, its services and built-in activities, without the DbContext and hosted services (tests add their own).</summary>
    internal static void AddEngine(IServiceCollection services)
    {
        services.AddSingleton<ActivityCatalog>();
        services.AddSingleton<BpmnValidator>();
        services.AddSingleton<ProcessModelCache>();
        services.AddSingleton<StartTriggerCache>();
        services.AddSingleton<WorkflowStepRunner>();
        services.AddScoped<WorkflowEngine>();
        services.AddScoped<IWorkflowEventPublisher, WorkflowEventPublisher>();

        services.AddScoped<WorkflowDefinitionStore>();
        services.AddScoped<WorkflowSeeder>();
        services.AddScoped<WorkflowTaskService>();
        services.AddScoped<IWorkflowTasks, WorkflowTasksGateway>();
        services.AddScoped<WorkflowInstanceQuery>();
        services.AddScoped<WorkflowInstanceAdmin>();

        services.AddSingleton<IWorkflowActivity, SetVariableActivity>();
        services.AddSingleton<IWorkflowActivity, LogActivity>();
        services.AddSingleton<IWorkflowActivity, HttpRequestActivity>();
        services.AddSingleton<IWorkflowActivity, ScriptActivity>();
        HttpRequestActivity.Register(services);

        services.AddSingleton<TimerPoller>();
        services.AddSingleton<RetentionService>();
    }
}

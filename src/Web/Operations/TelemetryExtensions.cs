using OpenTelemetry.Metrics;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace OpenCityAomori.Web.Operations;

internal static class TelemetryExtensions
{
    /// <summary>Serilog (JSON outside Development) and OpenTelemetry metrics for /metrics.</summary>
    public static void AddOcaTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((sp, config) =>
        {
            config.ReadFrom.Configuration(builder.Configuration)
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                .Enrich.FromLogContext();
            if (builder.Environment.IsDevelopment())
            {
                config.WriteTo.Console();
            }
            else
            {
                config.WriteTo.Console(new CompactJsonFormatter());
            }
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Runtime")
                .AddPrometheusExporter());
    }

    /// <summary>One log line a request, at Debug unless slow or failed (a client hanging up is no error), so the hot path stays quiet.</summary>
    public static IApplicationBuilder UseOcaRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(o => o.GetLevel = (ctx, elapsed, ex) =>
            ex is OperationCanceledException && ctx.RequestAborted.IsCancellationRequested ? LogEventLevel.Information
            : ex is not null || ctx.Response.StatusCode >= 500 ? LogEventLevel.Error
            : elapsed > 1000 ? LogEventLevel.Warning
            : LogEventLevel.Debug);
}

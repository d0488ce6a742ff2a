using System.Security;

namespace OpenCityAomori.Modules.Workflows.Services;

/// <summary>The diagram a new definition starts from: one executable process with a start event.</summary>
internal static class NewDiagram
{
    public static string Xml(string name, string title)
    {
        var processName = SecurityElement.Escape(title);
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:oca="http://opencity-aomori.jp/schema/bpmn/1.0" id="Definitions_{name}" targetNamespace="http://opencity-aomori.jp/workflows/{name}">
              <bpmn:process id="Process_{name}" name="{processName}" isExecutable="true">
                <bpmn:startEvent id="StartEvent_1" />
              </bpmn:process>
              <bpmndi:BPMNDiagram id="BPMNDiagram_1">
                <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Process_{name}">
                  <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1">
                    <dc:Bounds x="180" y="160" width="36" height="36" />
                  </bpmndi:BPMNShape>
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;
    }
}

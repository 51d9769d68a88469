#!/usr/bin/env python3
"""Moves a model's handoffs to one element each (issue #13): removes the SLA scaffolding drawn around
every handoff task (three boundary timers and the steps after them) and the listeners written on it,
applies the "Handoff task" element template instead (the engine adds the listeners and SLA timeouts),
and adds the process's one escalation path, the "Escalate SLA breach" event subprocess, if it lacks it.
Usage: convert.py bpmn/<model>.bpmn  (rewrites the file in place)."""
import re
import sys

SUFFIXES = ("SlaWarning", "SlaBreached", "SlaSecondLevel")
TEMPLATE = 'camunda:modelerTemplate="io.lifecycleops.handoff-task" camunda:modelerTemplateVersion="2"'
HANDOFF_LISTENERS = ("handoffTaskListener", "slaWarningListener", "slaBreachListener", "slaSecondLevelListener")
ESCALATION_LISTENERS = ('<camunda:taskListener delegateExpression="${escalationTaskListener}" event="create" />'
                        '<camunda:taskListener delegateExpression="${escalationTaskListener}" event="complete" />'
                        '<camunda:taskListener delegateExpression="${escalationTaskListener}" event="delete" />')


def element_lines(process):
    """Each flow element of our models is written on one line: id -> line."""
    return {m.group(1): m.group(0) for m in re.finditer(r'^ *<bpmn:\w+ id="([^"]+)".*$', process, re.M)}


def templated(line):
    """The task line with the template applied and the listeners it stands for removed."""
    for bean in HANDOFF_LISTENERS:
        line = re.sub(r'<camunda:taskListener [^>]*delegateExpression="\$\{' + bean + r'\}"[^>]*?(/>|>.*?</camunda:taskListener>)',
                      "", line)
    if "camunda:modelerTemplate=" not in line:
        line = re.sub(r'^( *<bpmn:userTask id="[^"]+" name="[^"]*")', r"\1 " + TEMPLATE, line)
    return line


def convert(text):
    process_end = text.index('</bpmn:process>')
    process, rest = text[:process_end], text[process_end:]
    lines = element_lines(process)
    handoffs = [i for i, line in lines.items()
                if line.lstrip().startswith('<bpmn:userTask') and '<camunda:inputParameter name="handoff">' in line]
    removed = set()
    for task in handoffs:
        stem = task[len("UserTask_"):]
        frontier = [f"BoundaryEvent_{stem}{s}" for s in SUFFIXES if f"BoundaryEvent_{stem}{s}" in lines]
        while frontier:
            node = frontier.pop()
            if node in removed:
                continue
            removed.add(node)
            for flow in re.findall(r'<bpmn:outgoing>([^<]+)</bpmn:outgoing>', lines[node]):
                removed.add(flow)
                frontier.append(re.search(r'targetRef="([^"]+)"', lines[flow]).group(1))
        process = process.replace(lines[task], templated(lines[task]))
    for element in removed:
        process = process.replace(lines[element] + "\n", "")
    if not handoffs or 'id="SubProcess_EscalateSla"' in process:
        return process + rest

    # Diagram: drop what was removed, then place the escalation path below everything else.
    for element in removed:
        rest = re.sub(rf' *<bpmndi:BPMN(Shape|Edge) id="[^"]+" bpmnElement="{re.escape(element)}"[^>]*>.*?</bpmndi:BPMN\1>\n',
                      "", rest, flags=re.S)
    bottoms = [float(y) + float(h) for y, h in re.findall(r'<dc:Bounds x="[^"]+" y="([^"]+)" width="[^"]+" height="([^"]+)"', rest)]
    top = int(max(bottoms)) + 60
    left = 160
    subprocess = f'''    <bpmn:subProcess id="SubProcess_EscalateSla" name="Escalate SLA breach" triggeredByEvent="true">
      <bpmn:startEvent id="StartEvent_SlaEscalated" name="SLA breached" isInterrupting="false"><bpmn:outgoing>Flow_SlaEscalated</bpmn:outgoing><bpmn:messageEventDefinition id="MessageEventDefinition_SlaEscalated" messageRef="Message_SlaEscalated" /></bpmn:startEvent>
      <bpmn:serviceTask id="ServiceTask_EscalateSla" name="Escalate to the manager" camunda:delegateExpression="${{escalateSlaDelegate}}"><bpmn:incoming>Flow_SlaEscalated</bpmn:incoming><bpmn:outgoing>Flow_SlaEscalationRaised</bpmn:outgoing></bpmn:serviceTask>
      <bpmn:userTask id="UserTask_ResolveSlaEscalation" name="Resolve SLA breach" camunda:formRef="resolve-sla-breach" camunda:formRefBinding="deployment" camunda:candidateGroups="${{escalationGroup}}"><bpmn:extensionElements>{ESCALATION_LISTENERS}</bpmn:extensionElements><bpmn:incoming>Flow_SlaEscalationRaised</bpmn:incoming><bpmn:outgoing>Flow_SlaEscalationResolved</bpmn:outgoing></bpmn:userTask>
      <bpmn:endEvent id="EndEvent_SlaEscalationResolved" name="Escalation resolved"><bpmn:incoming>Flow_SlaEscalationResolved</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="Flow_SlaEscalated" sourceRef="StartEvent_SlaEscalated" targetRef="ServiceTask_EscalateSla" />
      <bpmn:sequenceFlow id="Flow_SlaEscalationRaised" sourceRef="ServiceTask_EscalateSla" targetRef="UserTask_ResolveSlaEscalation" />
      <bpmn:sequenceFlow id="Flow_SlaEscalationResolved" sourceRef="UserTask_ResolveSlaEscalation" targetRef="EndEvent_SlaEscalationResolved" />
    </bpmn:subProcess>
'''
    y = top + 80  # centre line of the path
    shapes = f'''      <bpmndi:BPMNShape id="SubProcess_EscalateSla_di" bpmnElement="SubProcess_EscalateSla" isExpanded="true">
        <dc:Bounds x="{left}" y="{top}" width="560" height="170" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="StartEvent_SlaEscalated_di" bpmnElement="StartEvent_SlaEscalated">
        <dc:Bounds x="{left + 40}" y="{y - 18}" width="36" height="36" />
        <bpmndi:BPMNLabel>
          <dc:Bounds x="{left + 25}" y="{y + 22}" width="66" height="14" />
        </bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="ServiceTask_EscalateSla_di" bpmnElement="ServiceTask_EscalateSla">
        <dc:Bounds x="{left + 130}" y="{y - 40}" width="100" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="UserTask_ResolveSlaEscalation_di" bpmnElement="UserTask_ResolveSlaEscalation">
        <dc:Bounds x="{left + 290}" y="{y - 40}" width="100" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="EndEvent_SlaEscalationResolved_di" bpmnElement="EndEvent_SlaEscalationResolved">
        <dc:Bounds x="{left + 452}" y="{y - 18}" width="36" height="36" />
        <bpmndi:BPMNLabel>
          <dc:Bounds x="{left + 433}" y="{y + 22}" width="74" height="27" />
        </bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_SlaEscalated_di" bpmnElement="Flow_SlaEscalated">
        <di:waypoint x="{left + 76}" y="{y}" />
        <di:waypoint x="{left + 130}" y="{y}" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_SlaEscalationRaised_di" bpmnElement="Flow_SlaEscalationRaised">
        <di:waypoint x="{left + 230}" y="{y}" />
        <di:waypoint x="{left + 290}" y="{y}" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_SlaEscalationResolved_di" bpmnElement="Flow_SlaEscalationResolved">
        <di:waypoint x="{left + 390}" y="{y}" />
        <di:waypoint x="{left + 452}" y="{y}" />
      </bpmndi:BPMNEdge>
'''
    rest = rest.replace('</bpmn:process>', '</bpmn:process>\n  <bpmn:message id="Message_SlaEscalated" name="SlaEscalated" />', 1)
    rest = rest.replace('    </bpmndi:BPMNPlane>', shapes + '    </bpmndi:BPMNPlane>', 1)
    return process + subprocess + rest


if __name__ == "__main__":
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(convert(text))

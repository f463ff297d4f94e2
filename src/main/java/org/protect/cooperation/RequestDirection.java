package org.protect.cooperation;

/** Whether this node sent a request or received it. */
public enum RequestDirection {

	OUTGOING, INCOMING

}

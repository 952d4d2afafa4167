#!/usr/bin/env python3
"""A TCP proxy that a script can cut and restore, to take a database away from the application
without stopping a database server that others share.

    tcp-proxy.py LISTEN_PORT TARGET_HOST TARGET_PORT

SIGUSR1 cuts: every open connection is reset and the port stops listening, so new connections
are refused, as when the database server goes down. SIGUSR2 listens again."""
import asyncio
import os
import signal
import socket
import struct
import sys

listen_port, target_host, target_port = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
server = None
open_writers = set()


async def pipe(reader, writer):
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        close(writer, reset=False)


def close(writer, reset):
    open_writers.discard(writer)
    sock = writer.get_extra_info("socket")
    if reset and sock is not None:
        try:  # SO_LINGER 0: close with RST, as a dying server's kernel would
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
    writer.close()


async def handle(client_reader, client_writer):
    try:
        server_reader, server_writer = await asyncio.open_connection(target_host, target_port)
    except OSError:
        close(client_writer, reset=True)
        return
    open_writers.update({client_writer, server_writer})
    await asyncio.gather(pipe(client_reader, server_writer), pipe(server_reader, client_writer))


async def listen():
    global server
    if server is None:
        server = await asyncio.start_server(handle, "127.0.0.1", listen_port, reuse_address=True)
        print("proxy listening", flush=True)


def cut():
    global server
    if server is not None:
        server.close()
        server = None
    for writer in list(open_writers):
        close(writer, reset=True)
    print("proxy cut", flush=True)


async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGUSR1, cut)
    loop.add_signal_handler(signal.SIGUSR2, lambda: asyncio.ensure_future(listen()))
    loop.add_signal_handler(signal.SIGTERM, lambda: os._exit(0))
    await listen()
    await asyncio.Event().wait()


asyncio.run(main())

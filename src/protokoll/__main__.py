from protokoll.launch import main

main()
